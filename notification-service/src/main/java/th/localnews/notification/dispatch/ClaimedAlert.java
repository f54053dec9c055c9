package th.localnews.notification.dispatch;

import th.localnews.notification.channel.Alert;
import th.localnews.notification.subscription.Subscription;

/** A planned alert whose ledger row this instance has claimed: it goes out with {@code deliveryId}. */
record ClaimedAlert(Subscription subscription, PlannedAlert planned, String deliveryId) {

    Alert alert() {
        return planned.alert();
    }

    DeliveryLedger.Pair pair() {
        return new DeliveryLedger.Pair(subscription.id(), planned.alert().articleId());
    }
}
