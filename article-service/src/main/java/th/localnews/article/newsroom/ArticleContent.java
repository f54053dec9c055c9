package th.localnews.article.newsroom;

import java.util.List;
import java.util.Objects;

import th.localnews.events.CoverImage;

/** What an editor writes. Already cleaned: body sanitised, lists trimmed and deduplicated. */
record ArticleContent(String title, String summary, String body, String section, List<String> tags,
        List<String> provinces, List<String> localGovernmentUnits, List<String> authors, CoverImage coverImage,
        boolean breaking) {

    public ArticleContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(section, "section");
        tags = List.copyOf(tags);
        provinces = List.copyOf(provinces);
        localGovernmentUnits = List.copyOf(localGovernmentUnits);
        authors = List.copyOf(authors);
    }
}
