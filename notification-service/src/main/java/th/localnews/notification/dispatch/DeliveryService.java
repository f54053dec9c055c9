package th.localnews.notification.dispatch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import th.localnews.notification.channel.AlertSender;
import th.localnews.notification.channel.SendResult;
import th.localnews.notification.subscription.Channel;
import th.localnews.notification.subscription.Subscription;
import th.localnews.notification.subscription.SubscriptionRepository;

/**
 * Sends planned alerts unless the ledger says they already went out, then records the outcomes. Works on a
 * round of alerts at a time, at most one per subscriber, so that looking the subscribers up, claiming, counting
 * against the cap and finishing take one statement each for the whole round instead of one per alert (at
 * 100,000 alerts those round trips and their commits were most of the fan-out's time, docs/benchmarks.md P4).
 */
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

    /**
     * Claims the round's alerts and applies the guard rails; alerts held back are deferred here.
     *
     * @param round at most one alert per subscriber
     * @return the alerts to send now, each with its delivery id
     */
    List<ClaimedAlert> claim(List<PlannedAlert> round) {
        // looked up now, not at planning: an unsubscribe or a disabled webhook in between is honoured
        Map<UUID, Subscription> active = subscriptions.findActive(
                round.stream().map(planned -> planned.alert().subscriptionId()).toList());
        List<PlannedAlert> wanted = round.stream()
                .filter(planned -> active.containsKey(planned.alert().subscriptionId())).toList();
        Map<DeliveryLedger.Pair, String> deliveryIds = ledger.claim(wanted.stream()
                .map(planned -> new DeliveryLedger.Pair(planned.alert().subscriptionId(), planned.alert().articleId()))
                .toList());
        List<ClaimedAlert> claimed = new ArrayList<>();
        for (PlannedAlert planned : wanted) {
            Subscription subscription = active.get(planned.alert().subscriptionId());
            String deliveryId = deliveryIds.get(new DeliveryLedger.Pair(subscription.id(), planned.alert().articleId()));
            if (deliveryId == null) {
                outcomes.duplicate(subscription.channel());
            } else {
                claimed.add(new ClaimedAlert(subscription, planned, deliveryId));
            }
        }
        // after the claim, so the check and the held-back row are about a story this subscriber has not had
        List<GuardRails.Verdict> verdicts = guardRails.check(claimed);
        List<ClaimedAlert> toSend = new ArrayList<>();
        Map<DeliveryLedger.Pair, String> heldBack = new LinkedHashMap<>();
        for (int i = 0; i < claimed.size(); i++) {
            ClaimedAlert claim = claimed.get(i);
            if (verdicts.get(i) == GuardRails.Verdict.SEND) {
                toSend.add(claim);
            } else {
                heldBack.put(claim.pair(), claim.planned().alertJson());
                outcomes.deferred(claim.subscription().channel());
            }
        }
        ledger.defer(heldBack);
        return toSend;
    }

    /**
     * Sends one claimed alert, retrying as the policy allows; safe to call from many threads at once.
     *
     * @param traceHeaders the trace the receiver's request carries on (see {@link DispatchObservations})
     */
    SendResult send(ClaimedAlert claim, Map<String, String> traceHeaders) {
        AlertSender sender = senders.get(claim.subscription().channel());
        return retry.run(() -> sender.send(claim.subscription(), claim.alert(), claim.deliveryId(), traceHeaders));
    }

    /** Records what became of each sent alert: the round's ledger rows in one statement, then the rest. */
    void record(List<DeliveryOutcomes.Sent> sent) {
        outcomes.record(sent);
    }
}
