package th.localnews.notification.dispatch;

import java.time.Instant;

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

    Verdict check(Subscription subscription, Alert alert) {
        if (quiet(subscription, Instant.now()) && !(alert.breaking() && guard.breakingPassesQuietHours())) {
            return Verdict.QUIET_HOURS;
        }
        if (ledger.recentAlerts(subscription.id(), alert.articleId(), guard.window()) >= guard.maxPerWindow()) {
            return Verdict.OVER_CAP;
        }
        return Verdict.SEND;
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
