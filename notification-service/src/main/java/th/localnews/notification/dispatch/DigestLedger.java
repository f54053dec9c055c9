package th.localnews.notification.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Digests of held-back alerts. A digest is claimed by moving every {@code deferred} row of the subscriber to
 * it in one transaction: a second instance running the job at the same moment finds no deferred rows left
 * and creates nothing, so each story is listed in exactly one digest.
 */
@Repository
class DigestLedger {

    record Digest(UUID id, UUID subscriptionId, Instant createdAt, List<String> alertsJson) {

        /** Stable per digest, so a resend carries the same webhook-id and receivers can drop it. */
        String deliveryId() {
            return "dig_" + id.toString().replace("-", "");
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DigestLedger(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** One keyset page: subscribers still in quiet hours must not hide the ones after them. */
    List<UUID> subscribersWithDeferred(UUID after, int limit) {
        return jdbc.queryForList("SELECT DISTINCT d.subscription_id FROM delivery d JOIN subscription s"
                + " ON s.id = d.subscription_id WHERE d.status = 'deferred' AND s.status = 'active'"
                + " AND d.subscription_id > ? ORDER BY d.subscription_id LIMIT ?", UUID.class, after, limit);
    }

    Optional<Digest> claim(UUID subscriptionId) {
        return transactions.execute(tx -> {
            UUID id = UUID.randomUUID();
            Instant createdAt = jdbc.queryForObject("INSERT INTO digest (id, subscription_id, stories, status)"
                    + " VALUES (?, ?, 0, 'sending') RETURNING created_at", Instant.class, id, subscriptionId);
            List<String> alerts = jdbc.queryForList("UPDATE delivery SET status = 'digested', digest_id = ?"
                    + " WHERE subscription_id = ? AND status = 'deferred' RETURNING deferred_alert", String.class,
                    id, subscriptionId);
            if (alerts.isEmpty()) {
                tx.setRollbackOnly();
                return Optional.<Digest>empty();
            }
            jdbc.update("UPDATE digest SET stories = ? WHERE id = ?", alerts.size(), id);
            return Optional.of(new Digest(id, subscriptionId, createdAt, alerts));
        });
    }

    /**
     * Digests left {@code sending} by a crash between claim and finish, loaded again for a resend with the
     * same delivery id; {@code olderThan} is well beyond the time a digest's own retries can take.
     */
    List<Digest> stale(Duration olderThan, int limit) {
        return jdbc.query("SELECT g.id FROM digest g JOIN subscription s"
                        + " ON s.id = g.subscription_id WHERE g.status = 'sending' AND s.status = 'active'"
                        + " AND g.created_at < now() - make_interval(secs => ?) ORDER BY g.created_at LIMIT ?",
                (rs, row) -> rs.getObject(1, UUID.class), olderThan.toSeconds(), limit).stream()
                .map(this::load).toList();
    }

    private Digest load(UUID id) {
        List<String> alerts = jdbc.queryForList("SELECT deferred_alert FROM delivery WHERE digest_id = ?",
                String.class, id);
        return jdbc.queryForObject("SELECT subscription_id, created_at FROM digest WHERE id = ?", (rs, row) ->
                new Digest(id, rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), alerts), id);
    }

    void finish(UUID id, String status) {
        jdbc.update("UPDATE digest SET status = ?, finished_at = now() WHERE id = ?", status, id);
    }
}
