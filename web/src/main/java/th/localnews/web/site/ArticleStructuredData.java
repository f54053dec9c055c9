package th.localnews.web.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import th.localnews.web.WebProperties;
import th.localnews.web.api.ApiTypes.Article;
import th.localnews.web.format.ThaiDates;
import tools.jackson.databind.json.JsonMapper;

/** schema.org NewsArticle as JSON-LD, safe to place inside a {@code <script>} element. */
@Component
class ArticleStructuredData {

    private final JsonMapper json;
    private final ThaiDates dates;
    private final WebProperties properties;

    ArticleStructuredData(JsonMapper json, ThaiDates dates, WebProperties properties) {
        this.json = json;
        this.dates = dates;
        this.properties = properties;
    }

    String of(Article article, String canonicalUrl) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("headline", article.title());
        data.put("description", article.summary());
        data.put("inLanguage", "th");
        data.put("mainEntityOfPage", canonicalUrl);
        data.put("url", canonicalUrl);
        data.put("datePublished", dates.iso(article.publishedAt()));
        data.put("dateModified", dates.iso(article.updatedAt() == null ? article.publishedAt() : article.updatedAt()));
        if (article.coverImage() != null) {
            data.put("image", List.of(article.coverImage().url()));
        }
        data.put("author", article.authors().stream().map(a -> Map.of("@type", "Person", "name", a)).toList());
        data.put("publisher", Map.of("@type", "Organization", "name", properties.publicationName(),
                "url", properties.publicUrl() + "/"));
        data.put("articleSection", article.section());
        data.put("keywords", article.tags());
        // "</script>" inside a headline must not end the element
        return json.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
