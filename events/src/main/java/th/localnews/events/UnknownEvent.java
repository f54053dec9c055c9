package th.localnews.events;

import java.util.Objects;

/**
 * A well-formed CloudEvent whose {@code type} this version of the contract does not know.
 * Consumers log it and move on (and still commit its offset).
 */
public record UnknownEvent(String eventId, String eventType, String subject, String source)
        implements DecodedEvent {

    public UnknownEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(source, "source");
    }
}
