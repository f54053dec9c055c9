package th.localnews.web.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The public API's JSON as the site reads it; unknown fields are ignored because the API may add fields freely. */
public final class ApiTypes {

    private ApiTypes() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CoverImage(String url, String alt, Integer width, Integer height) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StorySummary(long id, String slug, String url, String title, String summary, String excerpt,
            String section, List<String> tags, List<String> provinces, List<String> localGovernmentUnits,
            CoverImage coverImage, boolean breaking, Instant publishedAt, Instant updatedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(long id, String slug, String url, String title, String summary, String body, String section,
            List<String> tags, List<String> provinces, List<String> localGovernmentUnits, List<String> authors,
            CoverImage coverImage, boolean breaking, long version, Instant publishedAt, Instant updatedAt,
            List<StorySummary> related) {

        public Article {
            tags = tags == null ? List.of() : tags;
            provinces = provinces == null ? List.of() : provinces;
            authors = authors == null ? List.of() : authors;
            related = related == null ? List.of() : related;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Feed(List<StorySummary> items, String nextCursor) {

        public Feed {
            items = items == null ? List.of() : items;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SearchHit(long id, String slug, String url, String title, String snippet, Instant publishedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SearchResults(List<SearchHit> hits, String nextCursor, long totalHits) {

        public SearchResults {
            hits = hits == null ? List.of() : hits;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String slug, String nameTh, String nameEn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Province(String code, String nameTh, String nameEn) {
    }
}
