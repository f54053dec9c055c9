package th.localnews.feed.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A one-analyzer search over the same fields, weights, "most words must match" rule and recency as
 * {@link ThaiSearchIndex}, for comparison: what the index would find with Lucene's ThaiAnalyzer alone or with
 * ICU segmentation alone (no abbreviation handling, no bigram twins, no phrase bonus).
 */
final class BaselineSearch implements AutoCloseable {

    private final Analyzer analyzer;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final RecencyBoost recency;
    private DirectoryReader reader;

    private BaselineSearch(Analyzer analyzer, Instant now, SearchSettings settings) {
        this.analyzer = analyzer;
        this.recency = new RecencyBoost(now.toEpochMilli(), settings.recencyWeight(),
                settings.recencyHalfLife().toMillis());
    }

    static BaselineSearch thaiAnalyzer(Instant now, SearchSettings settings) {
        return new BaselineSearch(new ThaiAnalyzer(), now, settings);
    }

    static BaselineSearch icu(Instant now, SearchSettings settings) {
        return new BaselineSearch(new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new ICUTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        }, now, settings);
    }

    BaselineSearch index(List<SearchDocument> stories) throws IOException {
        ProvinceNames provinces = ProvinceNames.loadDefault();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (SearchDocument story : stories) {
                Document doc = new Document();
                doc.add(new StringField(SearchField.ID, story.id(), Field.Store.YES));
                doc.add(new NumericDocValuesField(SearchField.PUBLISHED_AT, story.publishedAt().toEpochMilli()));
                doc.add(new TextField(SearchField.TITLE.field(), story.title(), Field.Store.NO));
                doc.add(new TextField(SearchField.SUMMARY.field(), story.summary(), Field.Store.NO));
                doc.add(new TextField(SearchField.BODY.field(), HtmlText.plain(story.body()), Field.Store.NO));
                story.tags().forEach(t -> doc.add(new TextField(SearchField.TAGS.field(), t, Field.Store.NO)));
                story.provinces().forEach(p -> doc.add(
                        new TextField(SearchField.PLACES.field(), provinces.nameOf(p), Field.Store.NO)));
                story.localGovernmentUnits().forEach(u -> doc.add(
                        new TextField(SearchField.PLACES.field(), u, Field.Store.NO)));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        return this;
    }

    List<String> search(String query, int limit) throws IOException {
        Set<String> terms = terms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            List<Query> perField = new ArrayList<>();
            for (SearchField field : SearchField.values()) {
                perField.add(new BoostQuery(new TermQuery(new Term(field.field(), term)), field.weight()));
            }
            all.add(new DisjunctionMaxQuery(perField, 0.2f), Occur.SHOULD);
        }
        all.setMinimumNumberShouldMatch(ThaiQueryBuilder.required(terms.size()));
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(FunctionScoreQuery.boostByValue(all.build(), recency), limit).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(SearchField.ID));
        }
        return ids;
    }

    private Set<String> terms(String query) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("", query)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
