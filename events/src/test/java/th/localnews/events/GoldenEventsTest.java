package th.localnews.events;

import static org.assertj.core.api.Assertions.assertThat;
import static th.localnews.events.ContractSchemas.JSON;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden examples are frozen records of the contract: if a schema or codec change makes one
 * of them invalid or lossy, old records on the compacted topic would break the same way.
 */
class GoldenEventsTest {

    private final ArticleEventCodec codec = new ArticleEventCodec();

    static List<String> names() {
        return GoldenEvents.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void isValidAgainstTheCurrentEventSchema(String name) {
        assertThat(ContractSchemas.eventErrors(GoldenEvents.bytes(name))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("names")
    void dataIsValidAgainstTheSnapshotSchemaOnItsOwn(String name) {
        var data = JSON.readTree(GoldenEvents.bytes(name)).get("data");
        assertThat(ContractSchemas.errors(ContractSchemas.SNAPSHOT, data)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("names")
    void roundTripsWithoutLoss(String name) {
        byte[] original = GoldenEvents.bytes(name);
        DecodedEvent decoded = codec.decode(original);
        byte[] reencoded = codec.encode((ArticleEvent) decoded);

        assertThat(codec.decode(reencoded)).isEqualTo(decoded);
        assertThat(JSON.readTree(reencoded)).isEqualTo(JSON.readTree(original));
    }

    @Test
    void listsEveryGoldenFile() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenEvents.class.getClassLoader().getResource("golden").toURI());
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> onDisk = files.filter(f -> f.toString().endsWith(".json"))
                    .map(f -> dir.relativize(f).toString().replace('\\', '/').replace(".json", ""))
                    .toList();
            assertThat(GoldenEvents.names()).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    @Test
    void tellsTheLifeOfOneStoryInGrowingVersions() {
        ArticleEvent published = GoldenEvents.published();
        ArticleEvent updated = GoldenEvents.updated();
        ArticleEvent retracted = GoldenEvents.retracted();

        assertThat(List.of(published.type(), updated.type(), retracted.type())).containsExactly(
                ArticleEventType.PUBLISHED, ArticleEventType.UPDATED, ArticleEventType.RETRACTED);
        assertThat(List.of(published.articleId(), updated.articleId(), retracted.articleId())).containsOnly(1042L);
        assertThat(published.version()).isLessThan(updated.version());
        assertThat(updated.version()).isLessThan(retracted.version());
        assertThat(retracted.article().status()).isEqualTo(ArticleSnapshot.STATUS_RETRACTED);
        assertThat(List.of(published.id(), updated.id(), retracted.id())).doesNotHaveDuplicates();
    }

    @Test
    void importedStoryIsMarkedAndPublishedBeforeItWasCreatedHere() {
        ArticleSnapshot imported = GoldenEvents.imported().article();

        assertThat(imported.imported()).isTrue();
        assertThat(imported.publishedAt()).isBefore(imported.createdAt());
        assertThat(imported.coverImage()).isNull();
    }

    @Test
    void breakingStoryIsFlaggedAndItsCoverHasNoKnownSize() {
        ArticleSnapshot breaking = GoldenEvents.breaking().article();

        assertThat(breaking.breaking()).isTrue();
        assertThat(breaking.tags()).contains("น้ำท่วม");
        assertThat(breaking.coverImage().width()).isNull();
        assertThat(breaking.coverImage().height()).isNull();
    }

    @Test
    void pattayaStoryUsesTheSpecialProvinceCode() {
        assertThat(GoldenEvents.pattaya().article().provinces()).containsExactly("TH-20", "TH-S");
    }
}
