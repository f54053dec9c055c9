package th.localnews.notification.dispatch;

import java.util.UUID;

import th.localnews.notification.channel.Alert;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads dispatch records. In a fan-out every record of a story is the same JSON but for the subscription id the
 * planner writes first ({@code {"subscriptionId":"<uuid>",...}}); reading 100,000 of them with the mapper was a fifth
 * of the dispatch consumers' CPU (docs/benchmarks.md P4). So the last record read is kept: a record whose text after
 * the id is exactly that record's is the same alert for another subscriber, and anything else is read by the mapper.
 * Safe on the three consumer threads at once (one immutable entry, replaced whole).
 */
final class AlertReader {

    private static final String PREFIX = "{\"subscriptionId\":\"";
    private static final int ID_END = PREFIX.length() + 36;

    private record Known(String rest, Alert alert) {
    }

    private final JsonMapper json;
    private volatile Known last;

    AlertReader(JsonMapper json) {
        this.json = json;
    }

    /** @throws tools.jackson.core.JacksonException as the mapper does, for a record it cannot read */
    Alert read(String value) {
        UUID id = leadingId(value);
        Known known = last;
        if (id != null && known != null && value.length() == ID_END + known.rest().length()
                && value.startsWith(known.rest(), ID_END)) {
            Alert alert = known.alert();
            return new Alert(id, alert.articleId(), alert.title(), alert.summary(), alert.url(), alert.section(),
                    alert.provinces(), alert.breaking(), alert.publishedAt());
        }
        Alert alert = json.readValue(value, Alert.class);
        String rest = id == null ? null : value.substring(ID_END);
        // only a record whose one subscription id is the leading one may stand for others
        if (id != null && id.equals(alert.subscriptionId()) && !rest.contains("\"subscriptionId\"")) {
            last = new Known(rest, alert);
        }
        return alert;
    }

    /** The id in a canonical 36-character form right at the start, or null. */
    private static UUID leadingId(String value) {
        if (value.length() <= ID_END || !value.startsWith(PREFIX) || value.charAt(ID_END) != '"') {
            return null;
        }
        for (int dash : new int[] { 8, 13, 18, 23 }) {
            if (value.charAt(PREFIX.length() + dash) != '-') {
                return null;
            }
        }
        try {
            return UUID.fromString(value.substring(PREFIX.length(), ID_END));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
