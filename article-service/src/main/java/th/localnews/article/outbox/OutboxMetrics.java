package th.localnews.article.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox backlog and the age of its oldest event: a growing backlog means readers and subscribers are
 * not hearing about stories, the one thing an operator must alert on here.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    OutboxMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("newsroom.outbox.pending", this::pending)
                .description("article events committed but not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("newsroom.outbox.oldest.pending.age", this::oldestPendingAgeSeconds)
                .description("seconds since the oldest unsent article event was committed")
                .baseUnit("seconds")
                .register(registry);
    }

    private double pending() {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE published_at IS NULL").query(Long.class).single();
    }

    private double oldestPendingAgeSeconds() {
        return jdbc.sql("""
                SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)
                FROM outbox_event WHERE published_at IS NULL
                """).query(Double.class).single();
    }
}
