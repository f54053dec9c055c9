package th.localnews.feed.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The marks read from term vectors are exactly the marks a fresh analysis of the stored text finds. */
class TermVectorMatchFinderTest {

    private static final SearchAnalysis ANALYSIS = SearchAnalysis.loadDefault();

    @Test
    void findsWhatReanalysingTheStoredTextFindsForEveryJudgedQueryAndStory() throws Exception {
        List<SearchDocument> stories = SearchCorpus.stories();
        SearchDocumentMapper mapper = new SearchDocumentMapper(ProvinceNames.loadDefault());
        ThaiQueryBuilder queries = new ThaiQueryBuilder(ANALYSIS);
        MatchFinder analysed = new MatchFinder(ANALYSIS);
        TermVectorMatchFinder indexed = new TermVectorMatchFinder(ANALYSIS);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYSIS.indexAnalyzer()))) {
                for (SearchDocument story : stories) {
                    writer.addDocument(mapper.toDocument(story));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                int marked = 0;
                List<SearchCorpus.JudgedQuery> judgedQueries = SearchCorpus.queries();
                // Every third query keeps the test fast and still covers every kind of query in the set.
                for (int q = 0; q < judgedQueries.size(); q += 3) {
                    SearchCorpus.JudgedQuery judged = judgedQueries.get(q);
                    AnalyzedQuery query = queries.build(judged.query());
                    for (int doc = 0; doc < reader.maxDoc(); doc++) {
                        Document stored = reader.storedFields().document(doc);
                        Fields vectors = reader.termVectors().get(doc);
                        for (SearchField field : List.of(SearchField.TITLE, SearchField.SUMMARY, SearchField.BODY)) {
                            String text = stored.get(field.field());
                            if (text == null) {
                                continue;
                            }
                            List<TextRange> expected = analysed.find(text, query);
                            assertThat(indexed.find(vectors.terms(field.field()), text, query))
                                    .as("%s in %s of %s", judged.query(), field, stored.get(SearchField.ID))
                                    .isEqualTo(expected);
                            marked += expected.size();
                        }
                    }
                }
                assertThat(marked).isGreaterThan(300);
            }
        }
    }
}
