package th.localnews.auth.key;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * @param location a PKCS#8 PEM RSA private key; absent = a key generated at start (tokens die with the process)
 * @param keyId    the {@code kid} in the JWKS and in every token header, so a rotated key can sit beside the old
 */
@ConfigurationProperties("localnews.auth.signing-key")
public record SigningKeyProperties(Resource location, String keyId) {

    public boolean configured() {
        return location != null;
    }
}
