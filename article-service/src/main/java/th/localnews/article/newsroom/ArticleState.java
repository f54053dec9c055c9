package th.localnews.article.newsroom;

import java.time.Instant;

/** The stored fields of an {@link Article}; the rules live in {@code Article}, not here. */
record ArticleState(long id, String slug, ArticleContent content, ArticleStatus status, long version,
        String createdBy, Instant createdAt, Instant updatedAt, Instant publishedAt, Instant scheduledFor,
        boolean imported) {

    ArticleState withContent(String newSlug, ArticleContent newContent) {
        return new ArticleState(id, newSlug, newContent, status, version, createdBy, createdAt, updatedAt,
                publishedAt, scheduledFor, imported);
    }

    ArticleState with(ArticleStatus newStatus, Instant newPublishedAt, Instant newScheduledFor) {
        return new ArticleState(id, slug, content, newStatus, version, createdBy, createdAt, updatedAt,
                newPublishedAt, newScheduledFor, imported);
    }

    ArticleState advanced(Instant now) {
        return new ArticleState(id, slug, content, status, version + 1, createdBy, createdAt, now, publishedAt,
                scheduledFor, imported);
    }
}
