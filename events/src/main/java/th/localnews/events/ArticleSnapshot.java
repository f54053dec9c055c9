package th.localnews.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The whole article as readers may see it, carried by every {@link ArticleEvent}. Field names
 * are the wire contract (schema {@code schemas/article-snapshot.schema.json}): add fields freely,
 * rename none. Readers ignore fields they do not know.
 *
 * @param id                   the article id; also the Kafka key and the event subject
 * @param slug                 readable Thai slug; the id, not the slug, resolves a story
 * @param body                 HTML, already sanitised by article-service
 * @param section              section slug, e.g. {@code local-government}
 * @param provinces            ISO 3166-2:TH codes, e.g. {@code TH-40}; Pattaya is {@code TH-S}
 * @param localGovernmentUnits short Thai names, e.g. {@code ทน.ขอนแก่น}
 * @param coverImage           null when the story has none
 * @param status               {@value #STATUS_PUBLISHED} or {@value #STATUS_RETRACTED}; kept a
 *                             string so a status added later does not break old readers
 * @param version              grows with every change of this article; consumers ignore a
 *                             version they have already applied
 * @param publishedAt          when the story went (or, if imported, originally went) public
 * @param imported             brought over from an old site: consumers must never alert for it
 */
public record ArticleSnapshot(
        @JsonProperty(required = true) long id,
        String slug,
        String title,
        String summary,
        String body,
        String section,
        List<String> tags,
        List<String> provinces,
        List<String> localGovernmentUnits,
        List<String> authors,
        CoverImage coverImage,
        @JsonProperty(required = true) boolean breaking,
        String status,
        @JsonProperty(required = true) long version,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        @JsonProperty(required = true) boolean imported) {

    public static final String STATUS_PUBLISHED = "published";
    public static final String STATUS_RETRACTED = "retracted";

    public ArticleSnapshot {
        Require.positive(id, "id");
        Require.text(slug, "slug");
        Require.text(title, "title");
        Require.present(summary, "summary");
        Require.present(body, "body");
        Require.text(section, "section");
        tags = Require.texts(tags, "tags");
        provinces = Require.texts(provinces, "provinces");
        localGovernmentUnits = Require.texts(localGovernmentUnits, "localGovernmentUnits");
        authors = Require.texts(authors, "authors");
        Require.text(status, "status");
        Require.positive(version, "version");
        Require.present(createdAt, "createdAt");
        Require.present(updatedAt, "updatedAt");
        Require.present(publishedAt, "publishedAt");
    }
}
