package th.localnews.notification.dispatch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One row per (subscription, story), claimed BEFORE the alert is sent and finished after. A story that is
 * delivered (or whose subscriber is gone) is never claimed again. A claim still {@code sending} means a
 * crash or a retry between claim and finish: the next claim sends again, with the same delivery id, and
 * the receiver dedupes on it.
 */
@Repository
class DeliveryLedger {

    private final JdbcTemplate jdbc;

    DeliveryLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stable for the pair, so every resend carries the same webhook-id and push notification id. */
    static String deliveryId(UUID subscriptionId, long articleId) {
        return "msg_" + UUID.nameUUIDFromBytes((subscriptionId + "/" + articleId).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
    }

    /** The delivery id if this pair may be sent now; empty if it was delivered or its subscriber is gone. */
    Optional<String> claim(UUID subscriptionId, long articleId) {
        List<String> claimed = jdbc.queryForList("INSERT INTO delivery (subscription_id, article_id, delivery_id, status,"
                        + " attempts) VALUES (?, ?, ?, 'sending', 1) ON CONFLICT (subscription_id, article_id) DO UPDATE"
                        + " SET status = 'sending', attempts = delivery.attempts + 1, claimed_at = now()"
                        + " WHERE delivery.status IN ('sending', 'failed') RETURNING delivery_id",
                String.class, subscriptionId, articleId, deliveryId(subscriptionId, articleId));
        return claimed.stream().findFirst();
    }

    void finish(UUID subscriptionId, long articleId, String status) {
        jdbc.update("UPDATE delivery SET status = ?, finished_at = now() WHERE subscription_id = ? AND article_id = ?",
                status, subscriptionId, articleId);
    }

    /**
     * Alerts counted against the hourly cap: sent or being sent in the window (not this story's own claim),
     * plus digests. Deferred, failed and gone rows do not count.
     */
    int recentAlerts(UUID subscriptionId, long exceptArticleId, Duration window) {
        double seconds = window.toMillis() / 1000.0;
        return jdbc.queryForObject("SELECT (SELECT count(*) FROM delivery WHERE subscription_id = ? AND article_id <> ?"
                        + " AND status IN ('sending', 'delivered') AND claimed_at > now() - make_interval(secs => ?))"
                        + " + (SELECT count(*) FROM digest WHERE subscription_id = ? AND status <> 'failed'"
                        + " AND created_at > now() - make_interval(secs => ?))",
                Integer.class, subscriptionId, exceptArticleId, seconds, subscriptionId, seconds);
    }

    /** Turns a fresh claim into a held-back alert; a redelivered record then finds it not claimable. */
    void defer(UUID subscriptionId, long articleId, String alertJson) {
        jdbc.update("UPDATE delivery SET status = 'deferred', deferred_alert = ?, finished_at = now()"
                + " WHERE subscription_id = ? AND article_id = ?", alertJson, subscriptionId, articleId);
    }
}
