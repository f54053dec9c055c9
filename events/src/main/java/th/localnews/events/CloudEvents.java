package th.localnews.events;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/**
 * How article events use CloudEvents 1.0 and its Kafka protocol binding.
 *
 * <p>Structured mode, not binary mode: the record value is the whole CloudEvent as one JSON
 * document and the {@value #CONTENT_TYPE_HEADER} header only announces it. The compacted
 * {@value ArticleEventTopics#ARTICLE_EVENTS} topic is the source of truth and is kept forever, so
 * every record has to stay self-describing in any dump, backup or mirror that drops headers,
 * and one JSON document can be checked by one schema. Readers therefore never depend on the
 * header.
 */
public final class CloudEvents {

    public static final String SPEC_VERSION = "1.0";

    /** CloudEvents {@code source} of every article event. */
    public static final String SOURCE = "/localnews/article-service";

    /** Kafka header name defined by the CloudEvents Kafka protocol binding. */
    public static final String CONTENT_TYPE_HEADER = "content-type";

    /** Header value that marks a structured-mode record. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** CloudEvents {@code datacontenttype}: the data is the article snapshot as plain JSON. */
    public static final String DATA_CONTENT_TYPE = "application/json";

    private CloudEvents() {
    }

    /**
     * Sets the structured-mode content type on a record's headers, replacing any earlier one.
     * For producers that send already encoded bytes (for example an outbox relay).
     */
    public static void markStructured(Headers headers) {
        headers.remove(CONTENT_TYPE_HEADER);
        headers.add(CONTENT_TYPE_HEADER, STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
    }
}
