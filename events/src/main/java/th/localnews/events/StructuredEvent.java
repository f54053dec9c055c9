package th.localnews.events;

import java.time.Instant;

/** The JSON shape of an article event on the wire; component order is the output order. */
record StructuredEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String dataschema,
        ArticleSnapshot data) {

    static StructuredEvent of(ArticleEvent event) {
        return new StructuredEvent(
                CloudEvents.SPEC_VERSION,
                event.eventId(),
                CloudEvents.SOURCE,
                event.eventType(),
                event.subject(),
                event.time(),
                CloudEvents.DATA_CONTENT_TYPE,
                EventSchemas.DATA_SCHEMA,
                event.article());
    }
}
