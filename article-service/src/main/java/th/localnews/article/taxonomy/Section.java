package th.localnews.article.taxonomy;

/** A section of the magazine, e.g. {@code local-government} = การปกครองท้องถิ่น. */
public record Section(String slug, String nameTh, String nameEn) {
}
