package th.localnews.feed.view;

import static org.assertj.core.api.Assertions.assertThat;
import static th.localnews.feed.support.ArticleMother.story;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import th.localnews.events.ArticleSnapshot;
import th.localnews.feed.search.SearchSettings;
import th.localnews.feed.search.ThaiSearchIndex;

/**
 * Paging through a feed while stories keep being published (newer ones, and imported or backdated ones of any age):
 * every story that was there when paging began is seen exactly once, pages are in strict feed order, and nothing
 * published later but newer than the reader's position slips into a later page. Each case is generated from its
 * seed, so a failure names the seed that reproduces it.
 */
class FeedPagingPropertiesTest {

    record Story(long id, long second) {
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pagingSeesEveryEarlierStoryOnceInOrderWhilePublishingGoesOn(long seed) throws Exception {
        Random random = new Random(seed);
        List<Story> before = stories(random);
        List<Story> during = stories(random);
        int limit = 1 + random.nextInt(7);
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

    /** Few distinct seconds, so many stories share an instant and the id decides their order. */
    private static List<Story> stories(Random random) {
        return IntStream.range(0, random.nextInt(41))
                .mapToObj(i -> new Story(1 + random.nextInt(500), random.nextInt(21)))
                .toList();
    }
}
