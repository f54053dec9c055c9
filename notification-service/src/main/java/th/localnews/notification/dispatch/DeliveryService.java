package th.localnews.notification.dispatch;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import th.localnews.notification.channel.Alert;
import th.localnews.notification.channel.AlertSender;
import th.localnews.notification.channel.SendResult;
import th.localnews.notification.subscription.Channel;
import th.localnews.notification.subscription.Subscription;
import th.localnews.notification.subscription.SubscriptionRepository;

/** Sends one planned alert unless the ledger says it already went out, then records the outcome. */
@Service
class DeliveryService {

    private final SubscriptionRepository subscriptions;
    private final DeliveryLedger ledger;
    private final Map<Channel, AlertSender> senders = new EnumMap<>(Channel.class);
    private final DeliveryRetry retry;
    private final DeliveryOutcomes outcomes;
    private final GuardRails guardRails;

    DeliveryService(SubscriptionRepository subscriptions, DeliveryLedger ledger, List<AlertSender> senders,
            DeliveryRetry retry, DeliveryOutcomes outcomes, GuardRails guardRails) {
        this.guardRails = guardRails;
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.retry = retry;
        this.outcomes = outcomes;
    }

    /** @param alertJson the record as read, kept for the dead-letter topic */
    void deliver(Alert alert, String alertJson) {
        // looked up now, not at planning: an unsubscribe or a disabled webhook in between is honoured
        Optional<Subscription> found = subscriptions.findById(alert.subscriptionId())
                .filter(subscription -> subscription.status() == Subscription.Status.ACTIVE);
        if (found.isEmpty()) {
            return;
        }
        Subscription subscription = found.get();
        AlertSender sender = senders.get(subscription.channel());
        Optional<String> deliveryId = ledger.claim(subscription.id(), alert.articleId());
        if (deliveryId.isEmpty()) {
            outcomes.duplicate(subscription.channel());
            return;
        }
        // after the claim, so the check and the held-back row are about a story this subscriber has not had
        if (guardRails.check(subscription, alert) != GuardRails.Verdict.SEND) {
            ledger.defer(subscription.id(), alert.articleId(), alertJson);
            outcomes.deferred(subscription.channel());
            return;
        }
        SendResult result = retry.run(() -> sender.send(subscription, alert, deliveryId.get()));
        outcomes.record(subscription, alert, alertJson, result);
    }
}
