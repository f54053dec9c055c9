package th.localnews.auth.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.FileSystemResource;

class SigningKeyConfigurationTest {

    private final SigningKeyConfiguration configuration = new SigningKeyConfiguration();

    @Test
    void signsWithTheConfiguredPemKeyAndPublishesItsPublicHalf(@TempDir Path directory) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path pem = directory.resolve("signing-key.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");

        RSAKey key = onlyKey(configuration.jwkSource(new SigningKeyProperties(new FileSystemResource(pem), "kid-1")));

        assertThat(key.getKeyID()).isEqualTo("kid-1");
        assertThat(key.toRSAPublicKey()).isEqualTo(pair.getPublic());
        assertThat(key.isPrivate()).isTrue();
    }

    @Test
    void generatesAKeyWhenNoneIsConfigured() throws Exception {
        RSAKey key = onlyKey(configuration.jwkSource(new SigningKeyProperties(null, "dev-key")));

        assertThat(key.getKeyID()).isEqualTo("dev-key");
        assertThat(key.size()).isEqualTo(2048);
    }

    private static RSAKey onlyKey(JWKSource<SecurityContext> source) throws Exception {
        List<JWK> keys = source.get(new JWKSelector(new JWKMatcher.Builder().build()), null);
        assertThat(keys).hasSize(1);
        return keys.get(0).toRSAKey();
    }
}
