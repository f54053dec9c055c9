package th.localnews.feed.web;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import th.localnews.events.ArticleSnapshot;

/** Public links to stories: {@code {base}/articles/{id}/{slug}}, the Thai slug percent-encoded as URLs require. */
@Component
public class StoryLinks {

    private final String base;

    StoryLinks(FeedProperties properties) {
        this.base = properties.publicUrl();
    }

    public String article(ArticleSnapshot story) {
        return base + "/articles/" + story.id() + "/" + UriUtils.encodePathSegment(story.slug(), StandardCharsets.UTF_8);
    }

    public String home() {
        return base + "/";
    }

    public String section(String slug) {
        return base + "/sections/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
    }
}
