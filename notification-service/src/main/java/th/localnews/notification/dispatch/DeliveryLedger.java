package th.localnews.notification.dispatch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** A (subscription, story) pair; the key of the batch operations below. */
    record Pair(UUID subscriptionId, long articleId) {
    }

    /**
     * Claims every pair in one statement (one commit for the batch, not one per alert).
     *
     * @param pairs distinct pairs: PostgreSQL refuses to update one row twice in a statement
     * @return the delivery id of each pair that may be sent now; a pair delivered, or whose subscriber is gone,
     *         is absent
     */
    Map<Pair, String> claim(List<Pair> pairs) {
        Map<Pair, String> claimed = new HashMap<>();
        if (pairs.isEmpty()) {
            return claimed;
        }
        jdbc.query("INSERT INTO delivery (subscription_id, article_id, delivery_id, status, attempts)"
                        + " SELECT s, a, d, 'sending', 1 FROM unnest(?::uuid[], ?::bigint[], ?::text[]) AS c(s, a, d)"
                        + " ON CONFLICT (subscription_id, article_id) DO UPDATE"
                        + " SET status = 'sending', attempts = delivery.attempts + 1, claimed_at = now()"
                        + " WHERE delivery.status IN ('sending', 'failed') RETURNING subscription_id, article_id, delivery_id",
                rs -> {
                    claimed.put(new Pair(rs.getObject(1, UUID.class), rs.getLong(2)), rs.getString(3));
                }, subscriptionIds(pairs), articleIds(pairs),
                pairs.stream().map(pair -> deliveryId(pair.subscriptionId(), pair.articleId())).toArray(String[]::new));
        return claimed;
    }

    /** Records how each pair ended ({@code delivered}, {@code gone}, {@code failed}), in one statement. */
    void finish(Map<Pair, String> statusByPair) {
        if (statusByPair.isEmpty()) {
            return;
        }
        List<Pair> pairs = List.copyOf(statusByPair.keySet());
        jdbc.update("UPDATE delivery d SET status = f.status, finished_at = now()"
                        + " FROM unnest(?::uuid[], ?::bigint[], ?::text[]) AS f(s, a, status)"
                        + " WHERE d.subscription_id = f.s AND d.article_id = f.a",
                subscriptionIds(pairs), articleIds(pairs), pairs.stream().map(statusByPair::get).toArray(String[]::new));
    }

    /**
     * Alerts counted against the hourly cap, for each pair's subscriber: sent or being sent in the window (not
     * this story's own claim), plus digests. Deferred, failed and gone rows do not count.
     *
     * @param pairs at most one per subscriber
     */
    Map<UUID, Integer> recentAlerts(List<Pair> pairs, Duration window) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (pairs.isEmpty()) {
            return counts;
        }
        double seconds = window.toMillis() / 1000.0;
        jdbc.query("SELECT c.s, (SELECT count(*) FROM delivery d WHERE d.subscription_id = c.s AND d.article_id <> c.a"
                        + " AND d.status IN ('sending', 'delivered') AND d.claimed_at > now() - make_interval(secs => ?))"
                        + " + (SELECT count(*) FROM digest g WHERE g.subscription_id = c.s AND g.status <> 'failed'"
                        + " AND g.created_at > now() - make_interval(secs => ?))"
                        + " FROM unnest(?::uuid[], ?::bigint[]) AS c(s, a)",
                rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                }, seconds, seconds, subscriptionIds(pairs), articleIds(pairs));
        return counts;
    }

    /** {@link #recentAlerts(List, Duration)} for one subscriber, not counting {@code exceptArticleId}. */
    int recentAlerts(UUID subscriptionId, long exceptArticleId, Duration window) {
        return recentAlerts(List.of(new Pair(subscriptionId, exceptArticleId)), window).getOrDefault(subscriptionId, 0);
    }

    /**
     * Turns fresh claims into held-back alerts (the planned alert kept with each); a redelivered record then
     * finds them not claimable.
     */
    void defer(Map<Pair, String> alertJsonByPair) {
        if (alertJsonByPair.isEmpty()) {
            return;
        }
        List<Pair> pairs = List.copyOf(alertJsonByPair.keySet());
        jdbc.update("UPDATE delivery d SET status = 'deferred', deferred_alert = f.alert, finished_at = now()"
                        + " FROM unnest(?::uuid[], ?::bigint[], ?::text[]) AS f(s, a, alert)"
                        + " WHERE d.subscription_id = f.s AND d.article_id = f.a",
                subscriptionIds(pairs), articleIds(pairs), pairs.stream().map(alertJsonByPair::get).toArray(String[]::new));
    }

    // uuid[] travels as text[] and is cast in SQL: the driver binds String and Long arrays, not UUID ones
    private static String[] subscriptionIds(List<Pair> pairs) {
        return pairs.stream().map(pair -> pair.subscriptionId().toString()).toArray(String[]::new);
    }

    private static Long[] articleIds(List<Pair> pairs) {
        return pairs.stream().map(Pair::articleId).toArray(Long[]::new);
    }
}
