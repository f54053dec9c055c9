package th.localnews.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

class ArticleEventSerdeTest {

    private final ArticleEventSerializer serializer = new ArticleEventSerializer();
    private final ArticleEventDeserializer deserializer = new ArticleEventDeserializer();

    @Test
    void serializerWritesTheCloudEventAndMarksItStructured() {
        ArticleEvent event = GoldenEvents.breaking();
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEvents.CONTENT_TYPE_HEADER, "text/plain".getBytes(StandardCharsets.UTF_8));

        byte[] value = serializer.serialize(ArticleEventTopics.ARTICLE_EVENTS, headers, event);

        assertThat(value).isEqualTo(new ArticleEventCodec().encode(event));
        Header[] contentTypes = headers.toArray();
        assertThat(contentTypes).hasSize(1);
        assertThat(new String(contentTypes[0].value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json; charset=UTF-8");
    }

    @Test
    void deserializerReadsARecordWhoseHeadersWereLost() {
        byte[] value = serializer.serialize(ArticleEventTopics.ARTICLE_EVENTS, GoldenEvents.updated());

        DecodedEvent decoded = deserializer.deserialize(ArticleEventTopics.ARTICLE_EVENTS, new RecordHeaders(), value);

        assertThat(decoded).isEqualTo(GoldenEvents.updated());
    }

    @Test
    void passesTombstonesThroughAsNull() {
        RecordHeaders headers = new RecordHeaders();

        assertThat(serializer.serialize(ArticleEventTopics.ARTICLE_EVENTS, headers, null)).isNull();
        assertThat(headers.toArray()).isEmpty();
        assertThat(deserializer.deserialize(ArticleEventTopics.ARTICLE_EVENTS, headers, (byte[]) null)).isNull();
    }

    @Test
    void deserializerFailsWithASerializationExceptionSoTheRecordCanBeDeadLettered() {
        byte[] garbage = "<xml/>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> deserializer.deserialize(ArticleEventTopics.ARTICLE_EVENTS, new RecordHeaders(), garbage))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("not JSON");
    }

    @Test
    void deserializerRefusesBinaryModeEventsWithAReason() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        byte[] dataOnly = "{\"id\":1042}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> deserializer.deserialize(ArticleEventTopics.ARTICLE_EVENTS, headers, dataOnly))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("binary-mode CloudEvent");
    }

    @Test
    void deserializerStillReadsAStructuredEventThatAlsoCarriesCeHeaders() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));

        DecodedEvent decoded = deserializer.deserialize(ArticleEventTopics.ARTICLE_EVENTS, headers,
                GoldenEvents.bytes(GoldenEvents.IMPORTED));

        assertThat(decoded).isEqualTo(GoldenEvents.imported());
    }

    @Test
    @SuppressWarnings("unchecked")
    void kafkaCanCreateBothFromTheirClassNames() throws ClassNotFoundException {
        Serializer<ArticleEvent> byNameSerializer = Utils.newInstance(ArticleEventSerializer.class.getName(), Serializer.class);
        Deserializer<DecodedEvent> byNameDeserializer = Utils.newInstance(ArticleEventDeserializer.class.getName(),
                Deserializer.class);

        byte[] value = byNameSerializer.serialize("t", GoldenEvents.pattaya());

        assertThat(byNameDeserializer.deserialize("t", value)).isEqualTo(GoldenEvents.pattaya());
    }
}
