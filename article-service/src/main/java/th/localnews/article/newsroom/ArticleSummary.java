package th.localnews.article.newsroom;

import java.time.Instant;

/** One line of the newsroom's list. */
record ArticleSummary(long id, String slug, String title, String section, String status, long version,
        boolean breaking, Instant updatedAt, Instant publishedAt, Instant scheduledFor) {

    static ArticleSummary of(Article article) {
        ArticleState s = article.state();
        return new ArticleSummary(s.id(), s.slug(), s.content().title(), s.content().section(), s.status().wireName(),
                s.version(), s.content().breaking(), s.updatedAt(), s.publishedAt(), s.scheduledFor());
    }
}
