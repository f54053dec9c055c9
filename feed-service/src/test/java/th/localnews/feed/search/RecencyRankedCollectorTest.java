package th.localnews.feed.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pruning collector against the ranking it replaces: every match scored with {@link FunctionScoreQuery} and
 * sorted by boosted score, date and id. Stories are recombined from the test corpus with few distinct dates, so
 * scores and dates tie often, over several segments; the exact-count threshold is lowered so the skipping is
 * exercised.
 */
class RecencyRankedCollectorTest {

    private static final Sort FULL_SORT = new Sort(SortField.FIELD_SCORE,
            new SortField(SearchField.PUBLISHED_AT, SortField.Type.LONG, true),
            new SortField(SearchField.ID, SortField.Type.STRING));
    private static final RecencyBoost RECENCY = new RecencyBoost(Stories.NOW.toEpochMilli(),
            SearchSettings.defaults().recencyWeight(), SearchSettings.defaults().recencyHalfLife().toMillis());
    private static final SearchAnalysis ANALYSIS = SearchAnalysis.loadDefault();

    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws Exception {
        List<SearchDocument> seeds = SearchCorpus.stories();
        SearchDocumentMapper mapper = new SearchDocumentMapper(ProvinceNames.loadDefault());
        SplittableRandom random = new SplittableRandom(11);
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYSIS.indexAnalyzer()))) {
            for (int i = 0; i < 200; i++) {
                SearchDocument a = seeds.get(random.nextInt(seeds.size()));
                SearchDocument b = seeds.get(random.nextInt(seeds.size()));
                Instant published = Stories.NOW.minus(Duration.ofDays(random.nextInt(6) * 45L));
                writer.addDocument(mapper.toDocument(new SearchDocument("r" + random.nextInt(1000), a.title(),
                        b.summary(), random.nextBoolean() ? a.body() : b.body(), a.section(), a.tags(),
                        b.provinces(), a.localGovernmentUnits(), published)));
                if (i % 50 == 49) {
                    writer.commit();
                }
            }
        }
        reader = DirectoryReader.open(directory);
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
        directory.close();
    }

    @Test
    void ranksEveryJudgedQueryExactlyAsTheFullSortDoes() throws Exception {
        IndexSearcher searcher = new IndexSearcher(reader);
        ThaiQueryBuilder queries = new ThaiQueryBuilder(ANALYSIS);
        int compared = 0;
        List<SearchCorpus.JudgedQuery> judgedQueries = SearchCorpus.queries();
        // Every other query keeps the test fast; the set has several queries of each kind.
        for (int q = 0; q < judgedQueries.size(); q += 2) {
            SearchCorpus.JudgedQuery judged = judgedQueries.get(q);
            AnalyzedQuery query = queries.build(judged.query());
            for (int size : new int[] {3, 40}) {
                TopFieldDocs full = searcher.search(FunctionScoreQuery.boostByValue(query.query(), RECENCY),
                        size, FULL_SORT, true);
                for (int exactHits : new int[] {0, 30}) {
                    RecencyRankedCollector.Result pruned = searcher.search(query.query(),
                            RecencyRankedCollector.manager(size, RECENCY, exactHits));
                    assertThat(ranked(pruned)).as("%s, %d hits, exact up to %d", judged.query(), size, exactHits)
                            .isEqualTo(ranked(full));
                    if (full.totalHits.value <= exactHits) {
                        assertThat(pruned.totalHits()).isEqualTo(full.totalHits.value);
                    } else {
                        assertThat(pruned.totalHits()).isGreaterThanOrEqualTo(Math.min(exactHits, size));
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(250);
    }

    private static List<String> ranked(TopFieldDocs docs) {
        List<String> ranked = new ArrayList<>();
        for (ScoreDoc doc : docs.scoreDocs) {
            ranked.add(doc.doc + "@" + ((FieldDoc) doc).score);
        }
        return ranked;
    }

    private static List<String> ranked(RecencyRankedCollector.Result result) {
        return result.ranked().stream().map(c -> c.doc() + "@" + c.score()).toList();
    }
}
