package th.localnews.feed.view;

import static org.assertj.core.api.Assertions.assertThat;
import static th.localnews.feed.support.ArticleMother.story;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import th.localnews.events.ArticleSnapshot;
import th.localnews.feed.search.SearchSettings;
import th.localnews.feed.search.ThaiSearchIndex;

class ArticleViewTest {

    private final ThaiSearchIndex index = ThaiSearchIndex.inMemory(SearchSettings.defaults(), Clock.systemUTC());
    private final ArticleView view = new ArticleView(index);

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void keepsTheHighestVersionWhateverOrderTheEventsArriveIn() {
        assertThat(view.apply(story(7).version(4).title("ฉบับแก้ไข").updated())).isEqualTo(ApplyOutcome.SHOWN);
        assertThat(view.apply(story(7).version(3).published())).isEqualTo(ApplyOutcome.STALE);
        assertThat(view.apply(story(7).version(4).title("ฉบับแก้ไข").updated())).isEqualTo(ApplyOutcome.STALE);

        assertThat(view.byId(7)).map(ArticleSnapshot::title).hasValue("ฉบับแก้ไข");
    }

    @Test
    void retractionRemovesTheStoryFromFeedSlugAndSearchAndOlderVersionsCannotBringItBack() {
        view.apply(story(8).slug("ข่าว-ถอน").title("น้ำท่วมเชียงใหม่").published());
        view.apply(story(8).version(3).retracted());
        assertThat(view.apply(story(8).version(2).updated())).isEqualTo(ApplyOutcome.STALE);

        assertThat(view.byId(8)).isEmpty();
        assertThat(view.bySlug("ข่าว-ถอน")).isEmpty();
        assertThat(view.latest(FeedQuery.ALL, 10)).isEmpty();
        assertThat(view.search().search("น้ำท่วม", 10, null).hits()).isEmpty();
    }

    @Test
    void feedsAreNewestFirstThenHighestIdAndFilterBySectionProvinceAndTag() {
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        view.apply(story(1).publishedAt(at).published());
        view.apply(story(2).publishedAt(at).section("disaster").provinces("TH-50").published());
        view.apply(story(3).publishedAt(at.plusSeconds(1)).tags("น้ำท่วม").published());

        assertThat(view.latest(FeedQuery.ALL, 10)).extracting(ArticleSnapshot::id).containsExactly(3L, 2L, 1L);
        assertThat(view.latest(new FeedQuery("disaster", null, null), 10)).extracting(ArticleSnapshot::id)
                .containsExactly(2L);
        assertThat(view.latest(new FeedQuery(null, "TH-40", null), 10)).extracting(ArticleSnapshot::id)
                .containsExactly(3L, 1L);
        assertThat(view.latest(new FeedQuery(null, null, "น้ำท่วม"), 10)).extracting(ArticleSnapshot::id)
                .containsExactly(3L);
    }

    @Test
    void anUpdateThatMovesPublishedAtMovesTheStoryInTheFeed() {
        view.apply(story(1).publishedAt(Instant.parse("2025-01-01T00:00:00Z")).published());
        view.apply(story(2).publishedAt(Instant.parse("2025-01-02T00:00:00Z")).published());
        view.apply(story(1).version(2).publishedAt(Instant.parse("2025-01-03T00:00:00Z")).updated());

        assertThat(view.latest(FeedQuery.ALL, 10)).extracting(ArticleSnapshot::id).containsExactly(1L, 2L);
        assertThat(view.size()).isEqualTo(2);
    }

    @Test
    void resetForgetsEverythingAndChangesTheRevision() {
        view.apply(story(1).published());
        long before = view.revision();
        view.reset();

        assertThat(view.size()).isZero();
        assertThat(view.search().size()).isZero();
        assertThat(view.revision()).isGreaterThan(before);
        assertThat(view.apply(story(1).published())).isEqualTo(ApplyOutcome.SHOWN);
    }

    @Test
    void checksumDependsOnContentNotOnArrivalOrder() {
        ArticleView other = new ArticleView(ThaiSearchIndex.inMemory(SearchSettings.defaults(), Clock.systemUTC()));
        view.apply(story(1).published());
        view.apply(story(1).version(2).updated());
        view.apply(story(2).published());
        other.apply(story(2).published());
        other.apply(story(1).version(2).updated());
        other.apply(story(1).published());

        assertThat(other.checksum()).isEqualTo(view.checksum());
        view.apply(story(2).version(2).retracted());
        assertThat(other.checksum()).isNotEqualTo(view.checksum());
    }
}
