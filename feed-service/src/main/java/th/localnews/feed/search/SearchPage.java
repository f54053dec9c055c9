package th.localnews.feed.search;

import java.util.List;

/**
 * A page of results, best first. {@code nextCursor} is null on the last page. {@code totalHits} counts the
 * matching stories exactly up to 1000 and is a lower bound beyond.
 */
public record SearchPage(List<SearchHit> hits, String nextCursor, long totalHits) {

    public SearchPage {
        hits = List.copyOf(hits);
    }

    static SearchPage empty() {
        return new SearchPage(List.of(), null, 0);
    }
}
