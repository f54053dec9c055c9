package th.localnews.notification.dispatch;

import java.util.List;

import th.localnews.notification.channel.Alert;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads dispatch records: the planner's {@link AlertBatch} (one story for several subscribers), or one
 * {@link Alert} for one subscriber — the form of records planned before batches, and of dead letters.
 */
final class AlertReader {

    private static final String BATCH_PREFIX = "{\"subscriptionIds\":";

    private final JsonMapper json;

    AlertReader(JsonMapper json) {
        this.json = json;
    }

    static boolean isBatch(String value) {
        return value.startsWith(BATCH_PREFIX);
    }

    /** @throws tools.jackson.core.JacksonException as the mapper does, for a record it cannot read */
    List<Alert> read(String value) {
        if (isBatch(value)) {
            return json.readValue(value, AlertBatch.class).alerts();
        }
        return List.of(json.readValue(value, Alert.class));
    }
}
