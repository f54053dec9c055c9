package th.localnews.feed.search;

import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * A user's query as Lucene sees it, plus what the highlighter needs to mark the same things in a story:
 * the dictionary words and the letter runs (as bigram sequences) of the query. {@code broad} is {@code query} with
 * the letter runs also looked for in the body, for when {@code query} finds few stories (see
 * {@link ThaiQueryBuilder}).
 */
record AnalyzedQuery(Query query, Query broad, Set<String> words, List<List<String>> bigramRuns) {

    AnalyzedQuery {
        words = Set.copyOf(words);
        bigramRuns = bigramRuns.stream().map(List::copyOf).toList();
    }

    static AnalyzedQuery nothing() {
        return new AnalyzedQuery(null, null, Set.of(), List.of());
    }

    boolean isEmpty() {
        return query == null;
    }
}
