package th.localnews.events;

import static org.assertj.core.api.Assertions.assertThat;
import static th.localnews.events.ContractSchemas.JSON;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

class EventSchemasTest {

    private final ArticleEventCodec codec = new ArticleEventCodec();

    @ParameterizedTest
    @ValueSource(strings = {EventSchemas.EVENT_SCHEMA_RESOURCE, EventSchemas.SNAPSHOT_SCHEMA_RESOURCE})
    void schemasAreValidDraft202012Schemas(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(ContractSchemas.errors(ContractSchemas.METASCHEMA, JSON.readTree(in))).isEmpty();
        }
    }

    @Test
    void whatTheCodecWritesIsValid() {
        ArticleSnapshot imported = ArticleSnapshotMother.aPublishedStory()
                .coverImage(null).importedAsOf(Instant.parse("2015-01-01T00:00:00Z")).build();

        assertThat(ContractSchemas.eventErrors(codec.encode(ArticleSnapshotMother.aPublishedStory().published())))
                .isEmpty();
        assertThat(ContractSchemas.eventErrors(codec.encode(ArticleUpdated.of(imported, imported.updatedAt()))))
                .isEmpty();
    }

    @Test
    void acceptsUnknownFieldsForForwardCompatibility() {
        assertThat(errorsAfter(event -> {
            event.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
            data(event).put("readingTimeMinutes", 4);
            ((ObjectNode) data(event).get("coverImage")).put("credit", "ช่างภาพทดสอบ");
        })).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TH-10", "TH-96", "TH-S"})
    void acceptsIsoProvinceCodes(String code) {
        assertThat(errorsAfter(event -> data(event).putArray("provinces").add(code))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"40", "TH-4", "TH-400", "th-40", "ขอนแก่น", "TH-P"})
    void rejectsAnythingElseAsProvince(String code) {
        assertThat(errorsAfter(event -> data(event).putArray("provinces").add(code))).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "title", "status", "version", "publishedAt", "imported", "breaking"})
    void rejectsSnapshotWithoutRequiredField(String field) {
        assertThat(errorsAfter(event -> data(event).remove(field))).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "specversion", "type", "subject", "time", "dataschema", "data"})
    void rejectsEventWithoutRequiredAttribute(String attribute) {
        assertThat(errorsAfter(event -> event.remove(attribute))).isNotEmpty();
    }

    @Test
    void rejectsTimesThatAreNotRfc3339() {
        assertThat(errorsAfter(event -> data(event).put("publishedAt", "14/02/2567 10:00"))).isNotEmpty();
        assertThat(errorsAfter(event -> data(event).put("updatedAt", 1707879600))).isNotEmpty();
    }

    @Test
    void rejectsCoverImageWithoutAbsoluteUrl() {
        assertThat(errorsAfter(event -> ((ObjectNode) data(event).get("coverImage")).put("url", "cover.jpg")))
                .isNotEmpty();
    }

    @Test
    void rejectsPublishedEventWhoseSnapshotSaysRetracted() {
        assertThat(errorsAfter(event -> data(event).put("status", "retracted"))).isNotEmpty();
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }

    private static List<String> errorsAfter(Consumer<ObjectNode> change) {
        ObjectNode event = (ObjectNode) JSON.readTree(GoldenEvents.bytes(GoldenEvents.PUBLISHED));
        change.accept(event);
        return ContractSchemas.errors(ContractSchemas.EVENT, event);
    }
}
