package th.localnews.article.newsroom;

import java.time.Instant;
import java.util.List;

import th.localnews.article.sanitize.SanitizerReport;
import th.localnews.events.CoverImage;

/** An article as the newsroom API shows it; {@code sanitizer} only on the response to a write. */
record ArticleResponse(long id, String slug, String status, long version, String title, String summary, String body,
        String section, List<String> tags, List<String> provinces, List<String> localGovernmentUnits,
        List<String> authors, CoverImage coverImage, boolean breaking, Instant createdAt, Instant updatedAt,
        Instant publishedAt, Instant scheduledFor, boolean imported, String createdBy, SanitizerReport sanitizer) {

    static ArticleResponse of(Article article) {
        return of(article, null);
    }

    static ArticleResponse of(Article article, SanitizerReport sanitizer) {
        ArticleState s = article.state();
        ArticleContent c = s.content();
        return new ArticleResponse(s.id(), s.slug(), s.status().wireName(), s.version(), c.title(), c.summary(),
                c.body(), c.section(), c.tags(), c.provinces(), c.localGovernmentUnits(), c.authors(),
                c.coverImage(), c.breaking(), s.createdAt(), s.updatedAt(), s.publishedAt(), s.scheduledFor(),
                s.imported(), s.createdBy(), sanitizer);
    }
}
