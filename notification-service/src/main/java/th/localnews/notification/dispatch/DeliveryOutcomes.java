package th.localnews.notification.dispatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.localnews.notification.channel.Alert;
import th.localnews.notification.channel.SendResult;
import th.localnews.notification.subscription.Channel;
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

    DeliveryOutcomes(DeliveryLedger ledger, SubscriptionRepository subscriptions, DeliveryMetrics metrics,
            DeadLetters deadLetters) {
        this.ledger = ledger;
        this.subscriptions = subscriptions;
        this.metrics = metrics;
        this.deadLetters = deadLetters;
    }

    void duplicate(Channel channel) {
        metrics.outcome(channel, "duplicate");
    }

    void record(Subscription subscription, Alert alert, String alertJson, SendResult result) {
        Channel channel = subscription.channel();
        metrics.outcome(channel, result.outcome().name());
        switch (result.outcome()) {
            case DELIVERED:
                ledger.finish(subscription.id(), alert.articleId(), "delivered");
                metrics.delivered(channel, alert.publishedAt());
                break;
            case GONE:
                gone(subscription, alert);
                break;
            default:
                ledger.finish(subscription.id(), alert.articleId(), "failed");
                log.warn("Alert for article {} to subscription {} ({}) failed: {}", alert.articleId(), subscription.id(),
                        channel.wireName(), result.detail());
                deadLetters.publish(subscription.id().toString(), alertJson, result.outcome() + " " + result.detail());
        }
    }

    /** A webhook owner may come back, so it is only switched off; a dead push subscription never returns. */
    private void gone(Subscription subscription, Alert alert) {
        if (subscription.channel() == Channel.WEBHOOK) {
            ledger.finish(subscription.id(), alert.articleId(), "gone");
            subscriptions.disable(subscription.id());
        } else {
            subscriptions.delete(subscription.id());
        }
        log.info("Receiver for subscription {} ({}) is gone", subscription.id(), subscription.channel().wireName());
    }
}
