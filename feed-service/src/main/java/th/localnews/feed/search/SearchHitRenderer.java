package th.localnews.feed.search;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Fields;
import org.apache.lucene.search.IndexSearcher;

/**
 * Turns a ranked Lucene hit into a {@link SearchHit}: the whole title marked, and a snippet from whichever of
 * summary and body shows more of the query (the body on a tie, since the reader already sees the summary on
 * list pages; the summary's start when neither matches, e.g. a hit on tags only). Marks come from the story's term
 * vectors; a story indexed without them (an index written by an older version) is analysed again instead.
 */
final class SearchHitRenderer {

    private final MatchFinder analysed;
    private final TermVectorMatchFinder indexed;
    private final SnippetFormatter formatter;

    SearchHitRenderer(SearchAnalysis analysis, SnippetFormatter formatter) {
        this.analysed = new MatchFinder(analysis);
        this.indexed = new TermVectorMatchFinder(analysis);
        this.formatter = formatter;
    }

    SearchHit render(IndexSearcher searcher, int docId, float score, AnalyzedQuery query) throws IOException {
        Document doc = searcher.storedFields().document(docId);
        Fields vectors = searcher.getIndexReader().termVectors().get(docId);
        String title = valueOf(doc, SearchField.TITLE.field());
        String summary = valueOf(doc, SearchField.SUMMARY.field());
        String body = valueOf(doc, SearchField.BODY.field());
        Instant publishedAt = Instant.ofEpochMilli(doc.getField(SearchField.PUBLISHED_AT).numericValue().longValue());
        List<TextRange> inTitle = matches(vectors, SearchField.TITLE, title, query);
        List<TextRange> inSummary = matches(vectors, SearchField.SUMMARY, summary, query);
        List<TextRange> inBody = matches(vectors, SearchField.BODY, body, query);
        return new SearchHit(doc.get(SearchField.ID), score, publishedAt, formatter.whole(title, inTitle),
                snippet(summary, inSummary, body, inBody));
    }

    private List<TextRange> matches(Fields vectors, SearchField field, String text, AnalyzedQuery query)
            throws IOException {
        if (text.isEmpty()) {
            return List.of();
        }
        if (vectors == null || vectors.terms(field.field()) == null) {
            return analysed.find(text, query);
        }
        return indexed.find(vectors.terms(field.field()), text, query);
    }

    private String snippet(String summary, List<TextRange> inSummary, String body, List<TextRange> inBody) {
        if (!inBody.isEmpty() && inBody.size() >= inSummary.size()) {
            return formatter.snippet(body, inBody);
        }
        if (!inSummary.isEmpty() || !summary.isEmpty()) {
            return formatter.snippet(summary, inSummary);
        }
        return formatter.snippet(body, inBody);
    }

    private static String valueOf(Document doc, String field) {
        String value = doc.get(field);
        return value == null ? "" : value;
    }
}
