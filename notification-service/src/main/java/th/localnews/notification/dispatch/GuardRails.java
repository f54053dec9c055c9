package th.localnews.notification.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import th.localnews.notification.NotificationProperties;
import th.localnews.notification.channel.Alert;
import th.localnews.notification.subscription.QuietHours;
import th.localnews.notification.subscription.Subscription;

/**
 * Per-subscriber limits: at most {@code maxPerWindow} alerts in the sliding window, and nothing but breaking
 * news in quiet hours. What they hold back waits in the ledger for the {@link DigestJob}. The cap applies to
 * breaking news too: a flood of breaking stories is exactly what it is for.
 */
@Component
class GuardRails {

    enum Verdict { SEND, QUIET_HOURS, OVER_CAP }

    private final DeliveryLedger ledger;
    private final NotificationProperties.Guard guard;
    private final QuietHours serviceQuietHours;

    GuardRails(DeliveryLedger ledger, NotificationProperties properties) {
        this.ledger = ledger;
        this.guard = properties.guard();
        this.serviceQuietHours = new QuietHours(guard.quietStart(), guard.quietEnd());
    }

    /**
     * The verdict for each claimed alert, in order: quiet hours from the subscription, the cap from one count of
     * the ledger for all of them.
     *
     * @param claims at most one per subscriber, so each count is about the subscriber's other stories only
     */
    List<Verdict> check(List<ClaimedAlert> claims) {
        Instant now = Instant.now();
        List<DeliveryLedger.Pair> counted = new ArrayList<>();
        for (ClaimedAlert claim : claims) {
            if (!heldByQuietHours(claim.subscription(), claim.alert(), now)) {
                counted.add(claim.pair());
            }
        }
        Map<UUID, Integer> recent = ledger.recentAlerts(counted, guard.window());
        List<Verdict> verdicts = new ArrayList<>(claims.size());
        for (ClaimedAlert claim : claims) {
            if (heldByQuietHours(claim.subscription(), claim.alert(), now)) {
                verdicts.add(Verdict.QUIET_HOURS);
            } else if (recent.getOrDefault(claim.subscription().id(), 0) >= guard.maxPerWindow()) {
                verdicts.add(Verdict.OVER_CAP);
            } else {
                verdicts.add(Verdict.SEND);
            }
        }
        return verdicts;
    }

    private boolean heldByQuietHours(Subscription subscription, Alert alert, Instant now) {
        return quiet(subscription, now) && !(alert.breaking() && guard.breakingPassesQuietHours());
    }

    /** A digest waits for the end of quiet hours and for room under the cap; it then counts as one alert. */
    boolean digestAllowed(Subscription subscription) {
        return !quiet(subscription, Instant.now())
                && ledger.recentAlerts(subscription.id(), -1, guard.window()) < guard.maxPerWindow();
    }

    boolean quiet(Subscription subscription, Instant now) {
        QuietHours hours = subscription.quietHours() != null ? subscription.quietHours() : serviceQuietHours;
        return hours.contains(now, guard.zone());
    }
}
