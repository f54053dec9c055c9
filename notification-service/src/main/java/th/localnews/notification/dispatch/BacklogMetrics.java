package th.localnews.notification.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code notification.backlog{state}}: ledger rows still {@code sending} (claimed, not finished: in flight
 * or left by a crash) and {@code deferred} (held back for a digest). One grouped count serves both states
 * and is reused for {@link #MAX_AGE}, so frequent scrapes, or several registries, do not each hit the database.
 */
@Component
class BacklogMetrics implements MeterBinder {

    static final Duration MAX_AGE = Duration.ofSeconds(5);
    static final List<String> STATES = List.of("sending", "deferred");

    private static final Logger log = LoggerFactory.getLogger(BacklogMetrics.class);

    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();
    private Map<String, Long> counts = Map.of();
    private Instant countedAt = Instant.MIN;

    BacklogMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String state : STATES) {
            Gauge.builder("notification.backlog", this, metrics -> metrics.count(state))
                    .description("Alerts in the delivery ledger that are not finished, by state")
                    .tag("state", state)
                    .register(registry);
        }
    }

    synchronized double count(String state) {
        Instant now = clock.instant();
        if (countedAt.plus(MAX_AGE).isBefore(now)) {
            try {
                counts = countByState();
                countedAt = now;
            } catch (DataAccessException e) {
                // a scrape must not fail because the database is away; NaN says "unknown", not "zero"
                log.warn("Could not count the delivery backlog: {}", e.getMessage());
                return Double.NaN;
            }
        }
        return counts.getOrDefault(state, 0L);
    }

    private Map<String, Long> countByState() {
        Map<String, Long> byState = new HashMap<>();
        jdbc.query("SELECT status, count(*) FROM delivery WHERE status IN ('sending', 'deferred') GROUP BY status",
                row -> {
                    byState.put(row.getString(1), row.getLong(2));
                });
        return byState;
    }
}
