package th.localnews.article.outbox;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes outbox rows Kafka acknowledged long ago. The log and the revisions keep every event; the outbox only
 * has to remember a sent row long enough to investigate a delivery question.
 */
@Component
public class OutboxJanitor {

    private static final Logger log = LoggerFactory.getLogger(OutboxJanitor.class);

    private final JdbcClient jdbc;
    private final OutboxProperties properties;

    OutboxJanitor(JdbcClient jdbc, OutboxProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${newsroom.outbox.purge-interval:1h}",
            initialDelayString = "${newsroom.outbox.purge-interval:1h}")
    void purgeOnSchedule() {
        int purged = purgeSentBefore(properties.keepSent());
        if (purged > 0) {
            log.info("purged {} sent outbox rows older than {}", purged, properties.keepSent());
        }
    }

    /** Deletes rows sent more than {@code age} ago; unsent rows are never touched. */
    public int purgeSentBefore(Duration age) {
        return jdbc.sql("""
                DELETE FROM outbox_event
                WHERE published_at IS NOT NULL AND published_at < now() - CAST(? AS interval)
                """)
                .param(age.toSeconds() + " seconds")
                .update();
    }
}
