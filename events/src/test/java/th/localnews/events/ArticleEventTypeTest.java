package th.localnews.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ArticleEventTypeTest {

    @Test
    void wireNamesArePastTenseAndStable() {
        assertThat(ArticleEventType.PUBLISHED.wireName()).isEqualTo("th.localnews.article.published");
        assertThat(ArticleEventType.UPDATED.wireName()).isEqualTo("th.localnews.article.updated");
        assertThat(ArticleEventType.RETRACTED.wireName()).isEqualTo("th.localnews.article.retracted");
    }

    @Test
    void findsKnownTypesAndNothingForOthers() {
        assertThat(ArticleEventType.fromWireName("th.localnews.article.updated")).contains(ArticleEventType.UPDATED);
        assertThat(ArticleEventType.fromWireName("th.localnews.article.scheduled")).isEmpty();
        assertThat(ArticleEventType.fromWireName("UPDATED")).isEmpty();
    }

    @Test
    void createsTheRecordOfItsType() {
        ArticleSnapshot story = ArticleSnapshotMother.aPublishedStory().retracted().version(9).build();
        UUID id = UUID.randomUUID();

        ArticleEvent event = ArticleEventType.RETRACTED.create(id, Instant.EPOCH, story);

        assertThat(event).isEqualTo(new ArticleRetracted(id, Instant.EPOCH, story));
        assertThat(event.type()).isEqualTo(ArticleEventType.RETRACTED);
        assertThat(event.version()).isEqualTo(9);
    }

    @Test
    void freshEventsGetDistinctIds() {
        ArticleSnapshot story = ArticleSnapshotMother.aPublishedStory().build();

        assertThat(ArticlePublished.of(story, Instant.EPOCH).id()).isNotEqualTo(ArticlePublished.of(story, Instant.EPOCH).id());
    }
}
