package th.localnews.article.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import th.localnews.events.ArticleEvent;
import th.localnews.events.ArticleEventCodec;
import th.localnews.events.ArticleEventTopics;
import th.localnews.events.CloudEvents;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an event into the outbox inside the caller's transaction, so the event exists exactly when the change
 * that caused it does. After commit it wakes the relay, so an event does not wait for the next poll.
 */
@Component
public class ArticleEventOutbox {

    private static final String HEADERS = "{\"" + CloudEvents.CONTENT_TYPE_HEADER + "\": \""
            + CloudEvents.STRUCTURED_CONTENT_TYPE + "\"}";

    private final JdbcClient jdbc;
    private final OutboxRelay relay;
    private final OutboxProperties properties;
    private final OutboxTracing tracing;
    private final JsonMapper json;
    private final ArticleEventCodec codec = new ArticleEventCodec();

    ArticleEventOutbox(JdbcClient jdbc, OutboxRelay relay, OutboxProperties properties, OutboxTracing tracing,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.relay = relay;
        this.properties = properties;
        this.tracing = tracing;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(ArticleEvent event) {
        Map<String, String> trace = tracing.current();
        jdbc.sql("""
                INSERT INTO outbox_event (id, aggregate_id, event_type, topic, record_key, payload, headers,
                                          trace_context)
                VALUES (:id, :aggregate, :type, :topic, :key, CAST(:payload AS jsonb), CAST(:headers AS jsonb),
                        CAST(:trace AS jsonb))
                """)
                .param("id", event.id())
                .param("aggregate", event.subject())
                .param("type", event.eventType())
                .param("topic", properties.topic())
                .param("key", ArticleEventTopics.keyOf(event))
                .param("payload", new String(codec.encode(event), StandardCharsets.UTF_8))
                .param("headers", HEADERS)
                .param("trace", trace.isEmpty() ? null : json.writeValueAsString(trace))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.nudge();
            }
        });
    }
}
