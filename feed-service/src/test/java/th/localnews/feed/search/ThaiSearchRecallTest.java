package th.localnews.feed.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.th.ThaiTokenizer;
import org.junit.jupiter.api.Test;

/**
 * recall@10 of the Thai query set (src/test/resources/search/queries.tsv) over the test corpus, for this index and,
 * for comparison, for Lucene's ThaiAnalyzer alone and ICU segmentation alone with the same fields and weights.
 */
class ThaiSearchRecallTest {

    /** What the design reaches on the set, rounded down; a change that loses recall fails here. */
    private static final double RECALL_FLOOR = 0.98;
    /** The first relevant story should almost always be the first hit. */
    private static final double MRR_FLOOR = 0.95;
    private static final int K = 10;
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    @Test
    void findsTheJudgedStoriesForTheThaiQuerySet() throws Exception {
        List<SearchDocument> stories = SearchCorpus.stories();
        List<SearchCorpus.JudgedQuery> queries = SearchCorpus.queries();
        assertThat(stories).hasSizeBetween(80, 150);
        assertThat(queries).hasSizeGreaterThanOrEqualTo(50);
        Set<String> ids = stories.stream().map(SearchDocument::id).collect(Collectors.toSet());
        queries.forEach(q -> assertThat(ids).as("judged ids of %s", q.query()).containsAll(q.relevant()));

        RecallAtK ours;
        try (ThaiSearchIndex index = ThaiSearchIndex.inMemory(SearchSettings.defaults(),
                Clock.fixed(NOW, ZoneOffset.UTC))) {
            stories.forEach(index::upsert);
            ours = RecallAtK.measure("ThaiSearchIndex (ICU + abbreviations + bigrams)", queries, K,
                    (q, k) -> index.search(q, k, null).hits().stream().map(SearchHit::id).toList());
        }
        RecallAtK thai = baseline("Lucene ThaiAnalyzer only", BaselineSearch.thaiAnalyzer(NOW,
                SearchSettings.defaults()), stories, queries);
        RecallAtK icu = baseline("ICUTokenizer only", BaselineSearch.icu(NOW, SearchSettings.defaults()),
                stories, queries);

        System.out.printf("Thai query set: %d queries over %d stories%n", queries.size(), stories.size());
        System.out.print(ours.report(true));
        System.out.print(thai.report(true));
        System.out.print(icu.report(true));

        assertThat(ThaiTokenizer.DBBI_AVAILABLE).as("JDK Thai dictionary (jdk.localedata) for the baseline").isTrue();
        assertThat(ours.mean()).isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(ours.meanReciprocalRank()).isGreaterThanOrEqualTo(MRR_FLOOR);
        assertThat(ours.mean()).as("recall@10 against ThaiAnalyzer only").isGreaterThan(thai.mean());
        assertThat(ours.mean()).as("recall@10 against ICU only").isGreaterThan(icu.mean());
    }

    private static RecallAtK baseline(String name, BaselineSearch search, List<SearchDocument> stories,
            List<SearchCorpus.JudgedQuery> queries) throws Exception {
        try (BaselineSearch indexed = search.index(stories)) {
            return RecallAtK.measure(name, queries, K, indexed::search);
        }
    }
}
