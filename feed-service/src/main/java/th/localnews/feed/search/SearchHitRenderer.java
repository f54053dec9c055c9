package th.localnews.feed.search;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;

/**
 * Turns a ranked Lucene hit into a {@link SearchHit}: the whole title marked, and a snippet from whichever of
 * summary and body shows more of the query (the body on a tie, since the reader already sees the summary on
 * list pages; the summary's start when neither matches, e.g. a hit on tags only).
 */
final class SearchHitRenderer {

    private final MatchFinder matches;
    private final SnippetFormatter formatter;

    SearchHitRenderer(MatchFinder matches, SnippetFormatter formatter) {
        this.matches = matches;
        this.formatter = formatter;
    }

    SearchHit render(IndexSearcher searcher, int docId, float score, AnalyzedQuery query) throws IOException {
        Document doc = searcher.storedFields().document(docId);
        String title = valueOf(doc, SearchField.TITLE.field());
        String summary = valueOf(doc, SearchField.SUMMARY.field());
        String body = valueOf(doc, SearchField.BODY.field());
        Instant publishedAt = Instant.ofEpochMilli(doc.getField(SearchField.PUBLISHED_AT).numericValue().longValue());
        return new SearchHit(doc.get(SearchField.ID), score, publishedAt,
                formatter.whole(title, matches.find(title, query)), snippet(summary, body, query));
    }

    private String snippet(String summary, String body, AnalyzedQuery query) {
        List<TextRange> inSummary = matches.find(summary, query);
        List<TextRange> inBody = matches.find(body, query);
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
