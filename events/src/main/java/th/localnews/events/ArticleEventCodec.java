package th.localnews.events;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;

/**
 * Turns article events into record values and back: CloudEvents 1.0 JSON, structured mode
 * (see {@link CloudEvents} for why). Thread-safe and cheap to create.
 *
 * <p>Reading is forward compatible: unknown attributes and unknown snapshot fields are ignored,
 * and an unknown event type comes back as an {@link UnknownEvent} rather than an error. Anything
 * else that is not a valid article event is a {@link MalformedEventException}.
 */
public final class ArticleEventCodec {

    public byte[] encode(ArticleEvent event) {
        Objects.requireNonNull(event, "event");
        return EventJson.MAPPER.writeValueAsBytes(StructuredEvent.of(event));
    }

    /**
     * @throws MalformedEventException if the value is empty, not JSON, not a CloudEvent, or a known
     *                                 type whose attributes or data do not match the contract
     */
    public DecodedEvent decode(byte[] value) {
        if (value == null || value.length == 0) {
            throw new MalformedEventException("empty record value: expected a CloudEvent as a JSON object");
        }
        Envelope envelope = Envelope.of(parse(value));
        String type = envelope.text("type");
        Optional<ArticleEventType> known = ArticleEventType.fromWireName(type);
        if (known.isEmpty()) {
            return new UnknownEvent(envelope.text("id"), type, envelope.text("subject"), envelope.text("source"));
        }
        return articleEvent(known.get(), envelope);
    }

    private static ArticleEvent articleEvent(ArticleEventType type, Envelope envelope) {
        ArticleSnapshot article = snapshot(envelope.jsonData());
        String subject = envelope.text("subject");
        if (!subject.equals(Long.toString(article.id()))) {
            throw new MalformedEventException("subject '" + subject + "' does not match data.id " + article.id());
        }
        return type.create(envelope.uuid("id"), envelope.instant("time"), article);
    }

    private static JsonNode parse(byte[] value) {
        try {
            return EventJson.MAPPER.readTree(value);
        } catch (JacksonException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ArticleSnapshot snapshot(JsonNode data) {
        try {
            return EventJson.MAPPER.treeToValue(data, ArticleSnapshot.class);
        } catch (DatabindException e) {
            throw new MalformedEventException("data does not match the article snapshot" + where(e) + ": "
                    + problem(e), e);
        }
    }

    private static String where(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append('.').append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "" : " at data" + path;
    }

    /** The record constructors' own message is clearer than Jackson's wrapper around it. */
    private static String problem(DatabindException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
            return cause.getMessage();
        }
        return e.getOriginalMessage();
    }
}
