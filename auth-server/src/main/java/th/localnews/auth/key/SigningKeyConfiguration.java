package th.localnews.auth.key;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.converter.RsaKeyConverters;

/** The RS256 key tokens are signed with: from a PEM file, or generated at start when none is configured. */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyConfiguration.class);

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeyProperties properties) {
        RSAKey key = properties.configured() ? fromPem(properties) : generated(properties.keyId());
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    private static RSAKey fromPem(SigningKeyProperties properties) {
        try (InputStream pem = properties.location().getInputStream()) {
            RSAPrivateKey privateKey = RsaKeyConverters.pkcs8().convert(pem);
            if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
                throw new IllegalStateException("the signing key must be a full RSA private key (PKCS#8 with CRT)");
            }
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            log.info("Signing tokens with the configured RSA key {}", properties.keyId());
            return rsaKey(publicKey, privateKey, properties.keyId());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing key " + properties.location(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the public half of the signing key", e);
        }
    }

    private static RSAKey generated(String keyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            log.warn("No signing key configured (AUTH_SIGNING_KEY_LOCATION): generated one for this run; "
                    + "tokens issued before a restart will no longer verify");
            return rsaKey((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate(), keyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private static RSAKey rsaKey(RSAPublicKey publicKey, RSAPrivateKey privateKey, String keyId) {
        return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(keyId).keyUse(KeyUse.SIGNATURE).build();
    }
}
