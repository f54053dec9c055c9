package th.localnews.notification.channel.webpush;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The application server's VAPID key pair (RFC 8292), from configuration or made up for this run. */
@Component
class VapidKeys {

    private static final Logger log = LoggerFactory.getLogger(VapidKeys.class);

    private final ECPublicKey publicKey;
    private final ECPrivateKey privateKey;

    VapidKeys(VapidProperties properties) {
        if (isBlank(properties.publicKey()) || isBlank(properties.privateKey())) {
            log.warn("No VAPID keys configured (NOTIFICATION_VAPID_PUBLIC_KEY/_PRIVATE_KEY): using a key pair made for "
                    + "this run; browser subscriptions will not survive a restart");
            KeyPair pair = generate();
            publicKey = (ECPublicKey) pair.getPublic();
            privateKey = (ECPrivateKey) pair.getPrivate();
        } else {
            publicKey = EcP256.publicKey(EcP256.decodeBase64Url(properties.publicKey()));
            privateKey = EcP256.privateKey(EcP256.decodeBase64Url(properties.privateKey()));
        }
    }

    ECPublicKey publicKey() {
        return publicKey;
    }

    ECPrivateKey privateKey() {
        return privateKey;
    }

    /** What the web page passes to {@code pushManager.subscribe} as {@code applicationServerKey}. */
    String publicKeyBase64Url() {
        return EcP256.base64Url(EcP256.uncompressed(publicKey));
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(EcP256.PARAMETERS);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK supports P-256", e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
