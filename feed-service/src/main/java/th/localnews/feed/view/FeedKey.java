package th.localnews.feed.view;

import java.time.Instant;
import java.util.Comparator;

/** A story's place in every feed: newest first, the higher id first among stories published in the same instant. */
public record FeedKey(Instant publishedAt, long id) implements Comparable<FeedKey> {

    private static final Comparator<FeedKey> NEWEST_FIRST = Comparator.comparing(FeedKey::publishedAt)
            .thenComparingLong(FeedKey::id).reversed();

    @Override
    public int compareTo(FeedKey other) {
        return NEWEST_FIRST.compare(this, other);
    }
}
