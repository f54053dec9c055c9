package th.localnews.events;

/**
 * What a reader gets back from {@link ArticleEventCodec#decode(byte[])}: either an
 * {@link ArticleEvent} it understands or an {@link UnknownEvent} it should skip.
 * A newer producer may add event types before every consumer knows them; skipping keeps
 * old consumers running instead of dead-lettering the whole future.
 */
public sealed interface DecodedEvent permits ArticleEvent, UnknownEvent {

    /** The CloudEvents {@code id} exactly as on the wire; the key for "already handled" checks. */
    String eventId();

    /** The CloudEvents {@code type} exactly as on the wire. */
    String eventType();

    /** The CloudEvents {@code subject}: the article id in decimal. */
    String subject();
}
