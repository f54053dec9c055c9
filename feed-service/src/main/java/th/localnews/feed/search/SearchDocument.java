package th.localnews.feed.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the search index needs of a published story. {@code body} is HTML; its tags are stripped before
 * indexing. {@code provinces} may hold ISO 3166-2:TH codes (TH-40) or Thai names; codes are indexed under
 * their Thai names. {@code localGovernmentUnits} are written as editors write them (ทน.ขอนแก่น).
 */
public record SearchDocument(
        String id,
        String title,
        String summary,
        String body,
        String section,
        List<String> tags,
        List<String> provinces,
        List<String> localGovernmentUnits,
        Instant publishedAt) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        section = section == null ? "" : section;
        tags = tags == null ? List.of() : List.copyOf(tags);
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        localGovernmentUnits = localGovernmentUnits == null ? List.of() : List.copyOf(localGovernmentUnits);
    }
}
