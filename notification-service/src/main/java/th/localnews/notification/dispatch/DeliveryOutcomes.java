package th.localnews.notification.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.localnews.notification.channel.Alert;
import th.localnews.notification.channel.SendResult;
import th.localnews.notification.subscription.Channel;
import th.localnews.notification.subscription.DisabledReasons;
import th.localnews.notification.subscription.Subscription;
import th.localnews.notification.subscription.SubscriptionRepository;

/** Records what became of an alert: ledger, subscription state, metrics and, for failures, a dead letter. */
@Component
class DeliveryOutcomes {

    private static final Logger log = LoggerFactory.getLogger(DeliveryOutcomes.class);

    private final DeliveryLedger ledger;
    private final SubscriptionRepository subscriptions;
    private final DeliveryMetrics metrics;
    private final DeadLetters deadLetters;
    private final FailureStreaks failures;

    DeliveryOutcomes(DeliveryLedger ledger, SubscriptionRepository subscriptions, DeliveryMetrics metrics,
            DeadLetters deadLetters, FailureStreaks failures) {
        this.ledger = ledger;
        this.subscriptions = subscriptions;
        this.metrics = metrics;
        this.deadLetters = deadLetters;
        this.failures = failures;
    }

    void duplicate(Channel channel) {
        metrics.outcome(channel, "duplicate");
    }

    /** Held back by the hourly cap or quiet hours; it will go out in a digest. */
    void deferred(Channel channel) {
        metrics.outcome(channel, "deferred");
    }

    /** A claimed alert and what its sending came to. */
    record Sent(ClaimedAlert claim, SendResult result) {
    }

    /**
     * The ledger rows of all these alerts are finished in one statement and the delivered ones' failure streaks
     * reset in another; the rarer outcomes (gone, failed) then take their own steps, alert by alert.
     */
    void record(List<Sent> sent) {
        Map<DeliveryLedger.Pair, String> statuses = new LinkedHashMap<>();
        List<UUID> delivered = new ArrayList<>();
        for (Sent one : sent) {
            statuses.put(one.claim().pair(), switch (one.result().outcome()) {
                case DELIVERED -> "delivered";
                case GONE -> "gone";
                default -> "failed";
            });
            if (one.result().outcome() == SendResult.Outcome.DELIVERED) {
                delivered.add(one.claim().subscription().id());
            }
        }
        ledger.finish(statuses);
        subscriptions.resetFailures(delivered);
        for (Sent one : sent) {
            afterFinish(one.claim(), one.result());
        }
    }

    private void afterFinish(ClaimedAlert claim, SendResult result) {
        Subscription subscription = claim.subscription();
        Alert alert = claim.alert();
        Channel channel = subscription.channel();
        metrics.outcome(channel, result.outcome().name());
        switch (result.outcome()) {
            case DELIVERED:
                metrics.delivered(channel, alert.publishedAt());
                break;
            case GONE:
                gone(subscription, result);
                break;
            default:
                log.warn("Alert for article {} to subscription {} ({}) failed: {}", alert.articleId(), subscription.id(),
                        channel.wireName(), result.detail());
                deadLetters.publish(subscription.id().toString(), claim.planned().alertJson(),
                        result.outcome() + " " + result.detail());
                failures.failed(subscription, result);
        }
    }

    /** A digest has its own ledger ({@code digest}); this keeps metrics and the subscription's health. */
    void recordDigest(Subscription subscription, SendResult result) {
        metrics.outcome(subscription.channel(), "digest_" + result.outcome().name());
        switch (result.outcome()) {
            case DELIVERED -> subscriptions.resetFailures(subscription.id());
            case GONE -> gone(subscription, result);
            default -> failures.failed(subscription, result);
        }
    }

    /**
     * Disabled rather than deleted, for every channel, so the owner can still read why; a disabled
     * subscription is never planned or sent again.
     */
    private void gone(Subscription subscription, SendResult result) {
        String reason = subscription.channel() == Channel.EMAIL ? DisabledReasons.bounced(result.detail())
                : DisabledReasons.gone(result.detail());
        subscriptions.disable(subscription.id(), reason);
        log.info("Receiver for subscription {} ({}) is gone: {}", subscription.id(), subscription.channel().wireName(),
                result.detail());
    }
}
