package th.localnews.events;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Reads and checks CloudEvents attributes of one parsed record; every failure names the attribute. */
final class Envelope {

    private final JsonNode root;

    private Envelope(JsonNode root) {
        this.root = root;
    }

    /** Checks what any event on the topic must have, known type or not. */
    static Envelope of(JsonNode root) {
        if (!root.isObject()) {
            throw new MalformedEventException("not a CloudEvent: expected a JSON object but got " + root.getNodeType());
        }
        Envelope envelope = new Envelope(root);
        String specversion = envelope.text("specversion");
        if (!CloudEvents.SPEC_VERSION.equals(specversion)) {
            throw new MalformedEventException("unsupported specversion '" + specversion + "', expected "
                    + CloudEvents.SPEC_VERSION);
        }
        envelope.text("id");
        envelope.text("source");
        envelope.text("type");
        envelope.text("subject");
        return envelope;
    }

    String text(String attribute) {
        JsonNode node = root.get(attribute);
        if (node == null || node.isNull()) {
            throw new MalformedEventException("missing required attribute '" + attribute + "'");
        }
        if (!node.isString() || node.stringValue().isEmpty()) {
            throw new MalformedEventException("attribute '" + attribute + "' must be a non-empty string");
        }
        return node.stringValue();
    }

    UUID uuid(String attribute) {
        String value = text(attribute);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("attribute '" + attribute + "' is not a UUID: '" + value + "'");
        }
    }

    Instant instant(String attribute) {
        String value = text(attribute);
        try {
            return EventJson.parseInstant(value);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("attribute '" + attribute + "' is not an RFC 3339 date-time: '"
                    + value + "'");
        }
    }

    /** The data object; the content type defaults to JSON when absent, as CloudEvents specifies. */
    JsonNode jsonData() {
        JsonNode contentType = root.get("datacontenttype");
        if (contentType != null && !isJson(contentType)) {
            throw new MalformedEventException("unsupported datacontenttype " + contentType
                    + ", expected " + CloudEvents.DATA_CONTENT_TYPE);
        }
        if (root.has("data_base64")) {
            throw new MalformedEventException("data_base64 is not supported: article data must be JSON in 'data'");
        }
        JsonNode data = root.get("data");
        if (data == null || data.isNull()) {
            throw new MalformedEventException("missing required attribute 'data' for type " + text("type"));
        }
        if (!data.isObject()) {
            throw new MalformedEventException("attribute 'data' must be a JSON object (the article snapshot) but got "
                    + data.getNodeType());
        }
        return data;
    }

    private static boolean isJson(JsonNode contentType) {
        if (!contentType.isString()) {
            return false;
        }
        String mediaType = contentType.stringValue().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return CloudEvents.DATA_CONTENT_TYPE.equals(mediaType);
    }
}
