package th.localnews.feed.search;

import java.time.Duration;

/**
 * Tunables of the search index, meant to be bound from configuration by the service.
 *
 * @param maxQueryLength longest query accepted, in characters after trimming
 * @param maxLimit largest page a caller may ask for
 * @param maxOffset deepest result a cursor may reach (deep paging re-ranks everything before it)
 * @param recencyWeight extra share of the text score a story published right now gets (see {@link RecencyBoost})
 * @param recencyHalfLife age at which that extra share has halved
 * @param snippetLength longest snippet, in characters, before the ellipses
 */
public record SearchSettings(
        int maxQueryLength,
        int maxLimit,
        int maxOffset,
        double recencyWeight,
        Duration recencyHalfLife,
        int snippetLength) {

    public SearchSettings {
        if (maxQueryLength < 1 || maxLimit < 1 || maxOffset < 0 || snippetLength < 20) {
            throw new IllegalArgumentException("Search limits must be positive and snippets at least 20 characters");
        }
        if (recencyWeight < 0 || recencyHalfLife == null || recencyHalfLife.isNegative() || recencyHalfLife.isZero()) {
            throw new IllegalArgumentException("Recency needs a weight >= 0 and a positive half-life");
        }
    }

    public static SearchSettings defaults() {
        return new SearchSettings(200, 50, 1000, 0.3, Duration.ofDays(30), 180);
    }
}
