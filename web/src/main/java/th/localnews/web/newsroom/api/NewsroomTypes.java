package th.localnews.web.newsroom.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import th.localnews.web.api.ApiTypes.Article;
import th.localnews.web.api.ApiTypes.CoverImage;

/** article-service's newsroom JSON as these pages read and write it; unknown fields are ignored. */
public final class NewsroomTypes {

    private NewsroomTypes() {
    }

    /** One story with everything the editor may change, and what the newsroom set itself. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Story(long id, String slug, String status, long version, String title, String summary, String body,
            String section, List<String> tags, List<String> provinces, List<String> localGovernmentUnits,
            List<String> authors, CoverImage coverImage, boolean breaking, Instant createdAt, Instant updatedAt,
            Instant publishedAt, Instant scheduledFor, boolean imported, String createdBy, SanitizerReport sanitizer) {

        public Story {
            tags = tags == null ? List.of() : tags;
            provinces = provinces == null ? List.of() : provinces;
            localGovernmentUnits = localGovernmentUnits == null ? List.of() : localGovernmentUnits;
            authors = authors == null ? List.of() : authors;
        }

        public boolean publishable() {
            return "draft".equals(status) || "scheduled".equals(status);
        }

        public boolean retractable() {
            return "published".equals(status);
        }

        public boolean editable() {
            return !"retracted".equals(status);
        }
    }

    /** What the sanitiser took out of the body on the last save, so nothing disappears without the editor knowing. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SanitizerReport(List<String> removedElements, List<String> removedAttributes) {

        public boolean changed() {
            return removedElements != null && !removedElements.isEmpty()
                    || removedAttributes != null && !removedAttributes.isEmpty();
        }
    }

    /** A line of the newsroom's list. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StoryLine(long id, String slug, String title, String section, String status, long version,
            boolean breaking, Instant updatedAt, Instant publishedAt, Instant scheduledFor) {
    }

    /** A change readers saw. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RevisionLine(int revision, long version, String eventType, Instant recordedAt, String recordedBy,
            String title, String slug) {
    }

    /** One revision in full: the story exactly as readers then got it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Revision(int revision, long version, String eventType, Instant recordedAt, String recordedBy,
            Article article) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Area(String code, String nameTh, String nameEn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String slug, String nameTh, String nameEn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitType(String shortForm, String longForm) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Taxonomy(List<Section> sections, List<Area> areas, List<UnitType> localGovernmentUnitTypes) {

        public Taxonomy {
            sections = sections == null ? List.of() : sections;
            areas = areas == null ? List.of() : areas;
            localGovernmentUnitTypes = localGovernmentUnitTypes == null ? List.of() : localGovernmentUnitTypes;
        }
    }

    /** The body of create and replace; field names are article-service's contract. */
    public record StoryRequest(String title, String summary, String body, String section, List<String> tags,
            List<String> provinces, List<String> localGovernmentUnits, List<String> authors,
            CoverImageRequest coverImage, boolean breaking) {
    }

    public record CoverImageRequest(String url, String alt) {
    }
}
