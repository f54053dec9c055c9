package th.localnews.feed.search;

import java.time.Instant;

/**
 * One found story. {@code title} and {@code snippet} are HTML-escaped text in which the matched words are
 * wrapped in {@code <mark>…</mark>}; a snippet that was cut starts and/or ends with "…".
 */
public record SearchHit(String id, float score, Instant publishedAt, String title, String snippet) {
}
