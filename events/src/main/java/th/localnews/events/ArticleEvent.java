package th.localnews.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to an article, carrying the article's whole state after it happened.
 * Consumers need nothing else: they compare {@link #version()} with the last one they applied
 * and ignore anything not newer.
 *
 * <p>Java 17 has no pattern-matching {@code switch}, so dispatch on {@link #type()}.
 */
public sealed interface ArticleEvent extends DecodedEvent
        permits ArticlePublished, ArticleUpdated, ArticleRetracted {

    /** Unique per event; a redelivered event keeps its id. */
    UUID id();

    /** When the change happened (CloudEvents {@code time}). */
    Instant time();

    /** The whole article as it is after this event. */
    ArticleSnapshot article();

    ArticleEventType type();

    default long articleId() {
        return article().id();
    }

    default long version() {
        return article().version();
    }

    @Override
    default String eventId() {
        return id().toString();
    }

    @Override
    default String eventType() {
        return type().wireName();
    }

    @Override
    default String subject() {
        return Long.toString(article().id());
    }
}
