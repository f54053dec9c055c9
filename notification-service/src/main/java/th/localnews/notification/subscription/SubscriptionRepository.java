package th.localnews.notification.subscription;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class SubscriptionRepository {

    /** Lower bound for keyset paging: uuid order in PostgreSQL is byte order, and no id sorts below this one. */
    public static final UUID FIRST = new UUID(0, 0);

    private static final String COLUMNS = "id, channel, target, push_p256dh, push_auth, webhook_secret, unsubscribe_token, interest_all,"
            + " interest_breaking, sections, provinces, tags, keywords, status, created_at, quiet_start, quiet_end,"
            + " disabled_reason, disabled_at";

    private static final RowMapper<Subscription> ROW = SubscriptionRepository::map;

    private final JdbcTemplate jdbc;

    SubscriptionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Subscription subscription, byte[] manageTokenHash, byte[] confirmTokenHash) {
        Interests interests = subscription.interests();
        QuietHours quiet = subscription.quietHours();
        jdbc.update("INSERT INTO subscription (id, channel, target, push_p256dh, push_auth, webhook_secret,"
                        + " unsubscribe_token, manage_token_hash, confirm_token_hash, interest_all, interest_breaking,"
                        + " sections, provinces, tags, keywords, status, quiet_start, quiet_end)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                subscription.id(), subscription.channel().wireName(), subscription.target(), subscription.pushP256dh(),
                subscription.pushAuth(), subscription.webhookSecret(), subscription.unsubscribeToken(), manageTokenHash,
                confirmTokenHash, interests.all(),
                interests.breaking(), array(interests.sections()), array(interests.provinces()), array(interests.tags()),
                array(interests.keywords()), status(subscription.status()),
                quiet == null ? null : Time.valueOf(quiet.start()), quiet == null ? null : Time.valueOf(quiet.end()));
    }

    public Optional<Subscription> findById(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM subscription WHERE id = ?", ROW, id).stream().findFirst();
    }

    /** The active ones among these subscriptions, by id, in one query. */
    public Map<UUID, Subscription> findActive(Collection<UUID> ids) {
        return jdbc.query("SELECT " + COLUMNS + " FROM subscription WHERE id = ANY(?::uuid[]) AND status = 'active'", ROW,
                        (Object) ids(ids)).stream()
                .collect(Collectors.toMap(Subscription::id, Function.identity()));
    }

    Optional<byte[]> manageTokenHash(UUID id) {
        return jdbc.query("SELECT manage_token_hash FROM subscription WHERE id = ?",
                (rs, row) -> rs.getBytes(1), id).stream().findFirst();
    }

    /** Either token will do: the manage token (stored hashed) or an alert mail's unsubscribe token. */
    boolean deleteByToken(String token) {
        return jdbc.update("DELETE FROM subscription WHERE manage_token_hash = ? OR unsubscribe_token = ?",
                ManageTokens.hash(token), token) == 1;
    }

    /** Activates the pending e-mail subscription this confirmation token belongs to. */
    Optional<UUID> confirm(byte[] confirmTokenHash) {
        return jdbc.queryForList("UPDATE subscription SET status = 'active', confirm_token_hash = NULL"
                + " WHERE confirm_token_hash = ? AND status = 'pending' RETURNING id", UUID.class,
                (Object) confirmTokenHash).stream().findFirst();
    }

    public boolean delete(UUID id) {
        return jdbc.update("DELETE FROM subscription WHERE id = ?", id) == 1;
    }

    /** Keeps the first reason: the cause that switched a subscription off is the one its owner must read. */
    public void disable(UUID id, String reason) {
        jdbc.update("UPDATE subscription SET status = 'disabled', disabled_reason = ?, disabled_at = now()"
                + " WHERE id = ? AND status <> 'disabled'", reason, id);
    }

    /** Disables every e-mail subscription to this address (case-insensitive); returns how many. */
    public int disableEmail(String address, String reason) {
        return jdbc.update("UPDATE subscription SET status = 'disabled', disabled_reason = ?, disabled_at = now()"
                + " WHERE channel = 'email' AND lower(target) = lower(?) AND status <> 'disabled'", reason, address);
    }

    /** Disables the e-mail subscription that received the mail with this delivery (or digest) id. */
    public int disableEmailByDelivery(String deliveryId, String reason) {
        return jdbc.update("UPDATE subscription SET status = 'disabled', disabled_reason = ?, disabled_at = now()"
                + " WHERE channel = 'email' AND status <> 'disabled' AND id IN (SELECT subscription_id FROM delivery"
                + " WHERE delivery_id = ? UNION SELECT subscription_id FROM digest"
                + " WHERE 'dig_' || replace(id::text, '-', '') = ?)", reason, deliveryId, deliveryId);
    }

    /** A delivered alert ends any run of failures. */
    public void resetFailures(UUID id) {
        jdbc.update("UPDATE subscription SET failure_streak = 0, failing_since = NULL WHERE id = ? AND failure_streak > 0",
                id);
    }

    /** {@link #resetFailures(UUID)} for many subscriptions in one statement. */
    public void resetFailures(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.update("UPDATE subscription SET failure_streak = 0, failing_since = NULL"
                    + " WHERE id = ANY(?::uuid[]) AND failure_streak > 0", (Object) ids(ids));
        }
    }

    /** Counts one more failed alert; returns the streak so far and when it began. */
    public Optional<FailureStreak> recordFailure(UUID id) {
        return jdbc.query("UPDATE subscription SET failure_streak = failure_streak + 1,"
                + " failing_since = coalesce(failing_since, now()) WHERE id = ? RETURNING failure_streak, failing_since",
                (rs, row) -> new FailureStreak(rs.getInt(1), rs.getTimestamp(2).toInstant()), id).stream().findFirst();
    }

    public record FailureStreak(int failures, Instant since) {
    }

    /** A subscriber as planning sees it: the id and what it wants, nothing else (no address, no keys). */
    public record Candidate(UUID id, Interests interests) {
    }

    /**
     * One keyset page (ids after {@code after}, up to and including {@code last}) of active subscriptions that
     * might want this story, with only what planning needs: planning reads every active subscription for every
     * story, and mapping the other 12 columns was a good part of its CPU (docs/benchmarks.md P4). The SQL only
     * narrows by the cheap criteria (keyword subscribers always pass); {@code InterestMatcher} makes the real decision.
     */
    public List<Candidate> candidates(UUID after, UUID last, int limit, boolean breaking, String section,
            List<String> provinces, List<String> tags) {
        return jdbc.query("SELECT id, interest_all, interest_breaking, sections, provinces, tags, keywords"
                        + " FROM subscription WHERE status = 'active' AND id > ? AND id <= ?"
                        + " AND (interest_all OR (interest_breaking AND ?) OR sections && ?::text[] OR provinces && ?::text[]"
                        + " OR tags && ?::text[] OR cardinality(keywords) > 0) ORDER BY id LIMIT ?",
                (rs, row) -> new Candidate(rs.getObject(1, UUID.class), new Interests(rs.getBoolean(2), rs.getBoolean(3),
                        list(rs.getArray(4)), list(rs.getArray(5)), list(rs.getArray(6)), list(rs.getArray(7)))),
                after, last, breaking, array(List.of(section)), array(provinces), array(tags), limit);
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    // uuid[] travels as text[] and is cast in SQL: the driver binds String arrays, not UUID ones
    private static String[] ids(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    private static String status(Subscription.Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static Subscription map(ResultSet rs, int row) throws SQLException {
        Interests interests = new Interests(rs.getBoolean("interest_all"), rs.getBoolean("interest_breaking"),
                list(rs.getArray("sections")), list(rs.getArray("provinces")), list(rs.getArray("tags")),
                list(rs.getArray("keywords")));
        return new Subscription(rs.getObject("id", UUID.class),
                Channel.valueOf(rs.getString("channel").toUpperCase(Locale.ROOT)), rs.getString("target"),
                rs.getString("push_p256dh"), rs.getString("push_auth"), rs.getString("webhook_secret"),
                rs.getString("unsubscribe_token"), interests,
                Subscription.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getTimestamp("created_at").toInstant(), quietHours(rs), rs.getString("disabled_reason"),
                instant(rs.getTimestamp("disabled_at")));
    }

    private static QuietHours quietHours(ResultSet rs) throws SQLException {
        Time start = rs.getTime("quiet_start");
        Time end = rs.getTime("quiet_end");
        return start == null || end == null ? null : new QuietHours(start.toLocalTime(), end.toLocalTime());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> list(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
