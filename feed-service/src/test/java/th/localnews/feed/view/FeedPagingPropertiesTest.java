package th.localnews.feed.view;

import static org.assertj.core.api.Assertions.assertThat;
import static th.localnews.feed.support.ArticleMother.story;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import th.localnews.events.ArticleSnapshot;
import th.localnews.feed.search.SearchSettings;
import th.localnews.feed.search.ThaiSearchIndex;

/**
 * Paging through a feed while stories keep being published (newer ones, and imported or backdated ones of any age):
 * every story that was there when paging began is seen exactly once, pages are in strict feed order, and nothing
 * published later but newer than the reader's position slips into a later page.
 */
class FeedPagingPropertiesTest {

    record Story(long id, long second) {
    }

    @Property(tries = 200)
    void pagingSeesEveryEarlierStoryOnceInOrderWhilePublishingGoesOn(
            @ForAll("stories") List<Story> before, @ForAll("stories") List<Story> during,
            @ForAll @IntRange(min = 1, max = 7) int limit) throws Exception {
        try (ThaiSearchIndex index = ThaiSearchIndex.inMemory(SearchSettings.defaults(), Clock.systemUTC())) {
            ArticleView view = new ArticleView(index);
            before.forEach(s -> publish(view, s, 0));
            Set<Long> initial = new HashSet<>(view.latest(FeedQuery.ALL, 10_000).stream().map(ArticleSnapshot::id).toList());

            List<FeedKey> seen = new ArrayList<>();
            FeedCursor cursor = null;
            int next = 0;
            do {
                FeedPage page = view.page(FeedQuery.ALL, cursor, limit);
                page.stories().forEach(s -> seen.add(ArticleView.keyOf(s)));
                cursor = page.next();
                if (next < during.size()) {
                    publish(view, during.get(next++), 1_000_000);
                }
            } while (cursor != null);

            assertThat(seen).doesNotHaveDuplicates().isSortedAccordingTo(FeedKey::compareTo);
            assertThat(seen.stream().map(FeedKey::id).toList()).containsAll(initial);
        }
    }

    private static void publish(ArticleView view, Story story, long idOffset) {
        view.apply(story(story.id() + idOffset).publishedAt(Instant.ofEpochSecond(1_700_000_000L + story.second()))
                .published());
    }

    @Provide
    Arbitrary<List<Story>> stories() {
        // few distinct seconds, so many stories share an instant and the id decides their order
        Arbitrary<Story> story = Combinators.combine(Arbitraries.longs().between(1, 500), Arbitraries.longs().between(0, 20))
                .as(Story::new);
        return story.list().ofMaxSize(40);
    }
}
