package th.localnews.notification.dispatch;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Article events whose alerts have all been planned; a redelivered one is skipped. */
@Repository
class ProcessedEvents {

    private final JdbcTemplate jdbc;

    ProcessedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean contains(String eventId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM processed_event WHERE event_id = ?)",
                Boolean.class, eventId));
    }

    void record(String eventId) {
        jdbc.update("INSERT INTO processed_event (event_id) VALUES (?) ON CONFLICT (event_id) DO NOTHING", eventId);
    }
}
