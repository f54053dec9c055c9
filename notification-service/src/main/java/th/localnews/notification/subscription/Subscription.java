package th.localnews.notification.subscription;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored subscription. {@code target} is the webhook URL, push endpoint or e-mail address; the push keys
 * and the webhook secret are present only for their channel, the unsubscribe token only for e-mail.
 * {@code quietHours} is null when the service default applies; {@code disabledReason} says, in Thai and
 * English, why a disabled subscription stopped.
 */
public record Subscription(UUID id, Channel channel, String target, String pushP256dh, String pushAuth,
        String webhookSecret, String unsubscribeToken, Interests interests, Status status, Instant createdAt,
        QuietHours quietHours, String disabledReason, Instant disabledAt) {

    public enum Status {
        /** e-mail waiting for its confirmation click */
        PENDING,
        ACTIVE,
        /** the receiver told us to stop (HTTP 410, a hard bounce) or kept failing; see disabledReason */
        DISABLED
    }
}
