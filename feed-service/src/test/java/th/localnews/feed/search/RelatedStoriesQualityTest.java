package th.localnews.feed.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How good the text part of related stories is on the Thai test corpus: two stories are taken as related when one
 * judged query (src/test/resources/search/queries.tsv) finds both. For each story with such a partner, the first four
 * of {@link ThaiSearchIndex#relatedIds} for its title (itself left out). On 3 Dec 2026 the user-search query, which
 * related stories used before, found no other story for 70 of the 76 titles (precision 0.026); this query found
 * some for all of them at precision 0.362 (docs/benchmarks.md, P3).
 */
class RelatedStoriesQualityTest {

    /** What the query reaches on the set, rounded down; a change that relates worse fails here. */
    private static final double PRECISION_FLOOR = 0.33;
    private static final int K = 4;

    @Test
    void relatedTitlesFindTheStoriesTheJudgedQueriesGroupTogether() throws Exception {
        Map<String, Set<String>> partners = new HashMap<>();
        for (SearchCorpus.JudgedQuery query : SearchCorpus.queries()) {
            for (String a : query.relevant()) {
                for (String b : query.relevant()) {
                    if (!a.equals(b)) {
                        partners.computeIfAbsent(a, id -> new HashSet<>()).add(b);
                    }
                }
            }
        }
        try (ThaiSearchIndex index = ThaiSearchIndex.inMemory(SearchSettings.defaults(),
                Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC))) {
            List<SearchDocument> stories = SearchCorpus.stories();
            stories.forEach(index::upsert);
            int judged = 0;
            int empty = 0;
            double precision = 0;
            for (SearchDocument story : stories) {
                Set<String> related = partners.getOrDefault(story.id(), Set.of());
                if (related.isEmpty()) {
                    continue;
                }
                judged++;
                List<String> found = new ArrayList<>(index.relatedIds(story.title(), K + 1));
                found.remove(story.id());
                List<String> top = found.subList(0, Math.min(K, found.size()));
                empty += top.isEmpty() ? 1 : 0;
                precision += top.stream().filter(related::contains).count() / (double) K;
            }
            precision /= judged;
            System.out.printf(Locale.ROOT, "related stories: %d judged titles, precision@%d %.3f, %d found nothing%n",
                    judged, K, precision, empty);
            assertThat(judged).isGreaterThanOrEqualTo(60);
            assertThat(empty).isZero();
            assertThat(precision).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        }
    }
}
