package th.localnews.events;

import static org.assertj.core.api.Assertions.assertThat;
import static th.localnews.events.ContractSchemas.JSON;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ArticleEventCodecTest {

    private final ArticleEventCodec codec = new ArticleEventCodec();

    @Test
    void writesACloudEventWithEveryEnvelopeAttribute() {
        ArticlePublished event = ArticleSnapshotMother.aPublishedStory().id(77).published();

        JsonNode json = JSON.readTree(codec.encode(event));

        assertThat(json.get("specversion").stringValue()).isEqualTo("1.0");
        assertThat(json.get("id").stringValue()).isEqualTo(event.id().toString());
        assertThat(json.get("source").stringValue()).isEqualTo("/localnews/article-service");
        assertThat(json.get("type").stringValue()).isEqualTo("th.localnews.article.published");
        assertThat(json.get("subject").stringValue()).isEqualTo("77");
        assertThat(json.get("datacontenttype").stringValue()).isEqualTo("application/json");
        assertThat(json.get("dataschema").stringValue()).isEqualTo(EventSchemas.SNAPSHOT_SCHEMA_ID);
        assertThat(json.get("data").get("id").asLong()).isEqualTo(77);
    }

    @Test
    void writesInstantsAsUtcIsoStringsNotNumbers() {
        ArticlePublished event = new ArticlePublished(UUID.randomUUID(), Instant.parse("2024-05-01T02:00:00.250Z"),
                ArticleSnapshotMother.aPublishedStory().build());

        JsonNode json = JSON.readTree(codec.encode(event));

        assertThat(json.get("time").isString()).isTrue();
        assertThat(json.get("time").stringValue()).isEqualTo("2024-05-01T02:00:00.250Z");
        assertThat(json.get("data").get("publishedAt").stringValue()).isEqualTo("2024-05-01T02:00:00Z");
    }

    @Test
    void leavesAbsentOptionalFieldsOut() {
        ArticleSnapshot noCover = ArticleSnapshotMother.aPublishedStory().coverImage(null).build();

        JsonNode data = JSON.readTree(codec.encode(ArticlePublished.of(noCover, Instant.now()))).get("data");

        assertThat(data.has("coverImage")).isFalse();
    }

    @ParameterizedTest
    @MethodSource("th.localnews.events.GoldenEventsTest#names")
    void writesNoJavaClassNames(String name) {
        String json = new String(codec.encode(GoldenEvents.event(name)), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("th.localnews.events", "java.", "@class", "@type",
                "ArticlePublished", "ArticleUpdated", "ArticleRetracted", "ArticleSnapshot", "CoverImage");
    }

    @Test
    void decodesEachTypeToItsRecord() {
        ArticleSnapshot story = ArticleSnapshotMother.aPublishedStory().build();
        for (ArticleEventType type : ArticleEventType.values()) {
            ArticleEvent event = type.create(story, Instant.parse("2024-05-01T02:00:00Z"));

            assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
        }
    }

    @Test
    void ignoresUnknownAttributesAndUnknownSnapshotFields() {
        ObjectNode event = golden(GoldenEvents.PUBLISHED);
        event.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        event.putObject("futureextension").put("anything", true);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("readingTimeMinutes", 4);
        data.putObject("geo").put("lat", 16.43).put("lon", 102.83);
        ((ObjectNode) data.get("coverImage")).put("credit", "ช่างภาพทดสอบ");

        assertThat(codec.decode(JSON.writeValueAsBytes(event))).isEqualTo(GoldenEvents.published());
    }

    @Test
    void returnsUnknownEventForATypeItDoesNotKnow() {
        ObjectNode event = golden(GoldenEvents.PUBLISHED);
        event.put("type", "th.localnews.article.scheduled");
        event.put("id", "not-a-uuid-but-fine-for-an-unknown-type");
        event.put("data", "a shape we have never seen");

        DecodedEvent decoded = codec.decode(JSON.writeValueAsBytes(event));

        assertThat(decoded).isEqualTo(new UnknownEvent("not-a-uuid-but-fine-for-an-unknown-type",
                "th.localnews.article.scheduled", "1042", CloudEvents.SOURCE));
    }

    @Test
    void readsTimesWithAnOffsetAsTheSameInstant() {
        ObjectNode event = golden(GoldenEvents.PUBLISHED);
        event.put("time", "2024-02-14T10:00:00.412+07:00");
        ((ObjectNode) event.get("data")).put("publishedAt", "2024-02-14T10:00:00+07:00");

        ArticleEvent decoded = (ArticleEvent) codec.decode(JSON.writeValueAsBytes(event));

        assertThat(decoded).isEqualTo(GoldenEvents.published());
    }

    @Test
    void treatsAMissingDataContentTypeAsJson() {
        ObjectNode event = golden(GoldenEvents.PUBLISHED);
        event.remove("datacontenttype");

        assertThat(codec.decode(JSON.writeValueAsBytes(event))).isEqualTo(GoldenEvents.published());
    }

    @Test
    void exposesWireIdentityOfKnownEvents() {
        DecodedEvent decoded = codec.decode(GoldenEvents.bytes(GoldenEvents.RETRACTED));

        assertThat(decoded.eventId()).isEqualTo("cbf303fe-1552-42ec-9b2c-199a0f1017c9");
        assertThat(decoded.eventType()).isEqualTo("th.localnews.article.retracted");
        assertThat(decoded.subject()).isEqualTo("1042");
    }

    static ObjectNode golden(String name) {
        return (ObjectNode) JSON.readTree(GoldenEvents.bytes(name));
    }
}
