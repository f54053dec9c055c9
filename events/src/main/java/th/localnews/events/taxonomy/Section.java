package th.localnews.events.taxonomy;

/** A section of the magazine; {@code slug} is what {@code ArticleSnapshot.section} carries. */
public record Section(String slug, String nameTh, String nameEn) {
}
