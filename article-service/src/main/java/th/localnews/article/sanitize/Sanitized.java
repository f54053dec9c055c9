package th.localnews.article.sanitize;

/** A body fit to store and show, and what had to go. */
public record Sanitized(String html, SanitizerReport report) {
}
