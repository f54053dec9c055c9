package th.localnews.notification.dispatch;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.localnews.notification.NotificationProperties;
import th.localnews.notification.channel.SendResult;
import th.localnews.notification.subscription.DisabledReasons;
import th.localnews.notification.subscription.Subscription;
import th.localnews.notification.subscription.SubscriptionRepository;

/**
 * An endpoint that fails every alert for too long is switched off with a reason, instead of filling the
 * dead-letter topic for ever. A failure here is an alert that used up its retries (or was refused); any
 * delivered alert starts the count again.
 */
@Component
class FailureStreaks {

    private static final Logger log = LoggerFactory.getLogger(FailureStreaks.class);

    private final SubscriptionRepository subscriptions;
    private final NotificationProperties.Failures limits;

    FailureStreaks(SubscriptionRepository subscriptions, NotificationProperties properties) {
        this.subscriptions = subscriptions;
        this.limits = properties.failures();
    }

    void failed(Subscription subscription, SendResult result) {
        subscriptions.recordFailure(subscription.id()).ifPresent(streak -> {
            if (tooMany(streak.failures()) || failingTooLong(streak.failures(), streak.since(), Instant.now())) {
                String detail = result.outcome() + " " + result.detail();
                subscriptions.disable(subscription.id(), DisabledReasons.failing(streak.failures(), streak.since(), detail));
                log.warn("Disabled subscription {} ({}) after {} failed alerts since {}", subscription.id(),
                        subscription.channel().wireName(), streak.failures(), streak.since());
            }
        });
    }

    boolean tooMany(int failures) {
        return failures >= limits.maxConsecutive();
    }

    /** One failure is not a pattern, however old the last success: it takes at least two. */
    boolean failingTooLong(int failures, Instant since, Instant now) {
        return failures >= 2 && Duration.between(since, now).compareTo(limits.maxFailingFor()) >= 0;
    }
}
