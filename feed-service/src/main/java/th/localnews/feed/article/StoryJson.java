package th.localnews.feed.article;

import java.time.Instant;
import java.util.List;

import th.localnews.events.ArticleSnapshot;
import th.localnews.events.CoverImage;
import th.localnews.feed.search.Excerpts;
import th.localnews.feed.web.StoryLinks;

/** The JSON shapes of stories in the reader API. */
final class StoryJson {

    private StoryJson() {
    }

    /** A story in a list: everything a card needs, with an excerpt instead of the body. */
    record Summary(long id, String slug, String url, String title, String summary, String excerpt, String section,
            List<String> tags, List<String> provinces, List<String> localGovernmentUnits, CoverImage coverImage,
            boolean breaking, Instant publishedAt, Instant updatedAt) {

        static Summary of(ArticleSnapshot s, StoryLinks links, Excerpts excerpts) {
            return new Summary(s.id(), s.slug(), links.article(s), s.title(), s.summary(), excerpts.of(s.body()),
                    s.section(), s.tags(), s.provinces(), s.localGovernmentUnits(), s.coverImage(), s.breaking(),
                    s.publishedAt(), s.updatedAt());
        }
    }

    record Feed(List<Summary> items, String nextCursor) {
    }

    /** The whole story for its page, with four related ones. */
    record Article(long id, String slug, String url, String title, String summary, String body, String section,
            List<String> tags, List<String> provinces, List<String> localGovernmentUnits, List<String> authors,
            CoverImage coverImage, boolean breaking, long version, Instant publishedAt, Instant updatedAt,
            List<Summary> related) {

        static Article of(ArticleSnapshot s, String url, List<Summary> related) {
            return new Article(s.id(), s.slug(), url, s.title(), s.summary(), s.body(), s.section(), s.tags(),
                    s.provinces(), s.localGovernmentUnits(), s.authors(), s.coverImage(), s.breaking(), s.version(),
                    s.publishedAt(), s.updatedAt(), related);
        }
    }
}
