package th.localnews.notification.channel.webpush;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicKey  base64url 65-byte uncompressed P-256 point; empty: a key pair is generated at start-up
 * @param privateKey base64url 32-byte scalar; a secret, never logged
 * @param subject    the contact push services may use ({@code mailto:} or {@code https:})
 * @param ttl        how long a push service keeps an alert for an offline device
 */
@ConfigurationProperties("notification.webpush")
public record VapidProperties(String publicKey, String privateKey, String subject, Duration ttl) {

    @Override
    public String toString() {
        return "VapidProperties[publicKey=" + publicKey + ", subject=" + subject + ", ttl=" + ttl + "]";
    }
}
