package th.localnews.events;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka value serializer for article events; also marks the record as a structured-mode
 * CloudEvent in its {@value CloudEvents#CONTENT_TYPE_HEADER} header. Use a {@code StringSerializer}
 * for the key, which is {@link ArticleEventTopics#keyOf(ArticleEvent)}.
 */
public final class ArticleEventSerializer implements Serializer<ArticleEvent> {

    private final ArticleEventCodec codec = new ArticleEventCodec();

    @Override
    public byte[] serialize(String topic, ArticleEvent event) {
        return event == null ? null : codec.encode(event);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, ArticleEvent event) {
        if (event != null && headers != null) {
            CloudEvents.markStructured(headers);
        }
        return serialize(topic, event);
    }
}
