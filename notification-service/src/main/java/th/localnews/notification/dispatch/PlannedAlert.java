package th.localnews.notification.dispatch;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import th.localnews.notification.channel.Alert;
import tools.jackson.databind.json.JsonMapper;

/**
 * One subscriber's alert as read, and the dispatch record it came in (its trace headers). A record may carry the
 * alert for several subscribers ({@link AlertBatch}).
 */
record PlannedAlert(Alert alert, ConsumerRecord<String, String> record, JsonMapper json) {

    /** This subscriber's alert alone as JSON, for a held-back row or a dead letter; written only when asked for. */
    String alertJson() {
        return AlertReader.isBatch(record.value()) ? json.writeValueAsString(alert) : record.value();
    }
}
