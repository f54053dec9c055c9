package th.localnews.events;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka value deserializer for {@value ArticleEventTopics#ARTICLE_EVENTS}. Throws
 * {@link MalformedEventException} for a bad record, so wrap it in spring-kafka's
 * {@code ErrorHandlingDeserializer} (delegate class = this class) to send such records to the
 * dead-letter topic. A structured event describes itself, so a missing or different
 * content-type header is no reason to fail; when a binary-mode event (attributes in {@code ce_}
 * headers, only the data in the value) arrives, the failure says so. A null value (a tombstone)
 * yields null, as Kafka deserializers do.
 */
public final class ArticleEventDeserializer implements Deserializer<DecodedEvent> {

    private static final String BINARY_MODE_HEADER = "ce_specversion";

    private final ArticleEventCodec codec = new ArticleEventCodec();

    @Override
    public DecodedEvent deserialize(String topic, byte[] value) {
        return value == null ? null : codec.decode(value);
    }

    @Override
    public DecodedEvent deserialize(String topic, Headers headers, byte[] value) {
        try {
            return deserialize(topic, value);
        } catch (MalformedEventException e) {
            if (headers == null || headers.lastHeader(BINARY_MODE_HEADER) == null) {
                throw e;
            }
            throw new MalformedEventException(e.getMessage() + " (the record has a " + BINARY_MODE_HEADER
                    + " header: binary-mode CloudEvents are not accepted, " + topic + " carries structured mode only)", e);
        }
    }
}
