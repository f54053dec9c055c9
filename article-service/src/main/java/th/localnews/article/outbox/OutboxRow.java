package th.localnews.article.outbox;

import java.util.Map;
import java.util.UUID;

/** One unsent outbox row as the relay reads it; {@code traceContext} is empty when the change had no trace. */
record OutboxRow(UUID id, String eventType, String topic, String key, String payload, Map<String, String> headers,
        Map<String, String> traceContext) {

    /** {@code published}, {@code updated}, {@code retracted}: the last part of the CloudEvents type. */
    String shortType() {
        return eventType.substring(eventType.lastIndexOf('.') + 1);
    }
}
