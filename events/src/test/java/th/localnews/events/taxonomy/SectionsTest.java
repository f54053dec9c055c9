package th.localnews.events.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionsTest {

    @Test
    void listsTheTwelveSectionsInMenuOrderWithUniqueSlugs() {
        assertThat(Sections.all()).hasSize(12);
        assertThat(Sections.all()).extracting(Section::slug).doesNotHaveDuplicates()
                .startsWith("local-government", "politics").endsWith("breaking-news")
                .allMatch(slug -> slug.matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void knowsThaiAndEnglishNamesBySlug() {
        assertThat(Sections.bySlug("local-government")).hasValueSatisfying(section -> {
            assertThat(section.nameTh()).isEqualTo("การปกครองท้องถิ่น");
            assertThat(section.nameEn()).isEqualTo("Local government");
        });
        assertThat(Sections.isKnown("disaster")).isTrue();
        assertThat(Sections.isKnown("sport")).isFalse();
        assertThat(Sections.bySlug(null)).isEmpty();
    }
}
