package th.localnews.article.slug;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ThaiSlugsTest {

    @Test
    void theJdkReallySegmentsThaiIntoWords() {
        BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
        String text = "น้ำท่วมเทศบาลนครขอนแก่น";
        words.setText(text);
        List<String> parts = new ArrayList<>();
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            parts.add(text.substring(start, end));
        }
        assertThat(parts).hasSizeGreaterThan(2).contains("น้ำ", "ท่วม").contains("ขอนแก่น");
    }

    @Test
    void keepsAShortHeadlineWholeWithDashesForSpacesAndPunctuation() {
        assertThat(ThaiSlugs.slugOf("อบจ.เชียงใหม่ หนุนช่างหัตถกรรม!  รับเมืองสร้างสรรค์"))
                .isEqualTo("อบจ.เชียงใหม่-หนุนช่างหัตถกรรม-รับเมืองสร้างสรรค์");
        assertThat(ThaiSlugs.slugOf("Khon Kaen: Flood 2026")).isEqualTo("khon-kaen-flood-2026");
    }

    @Test
    void cutsALongHeadlineAtAThaiWordBoundaryNeverInsideAWord() {
        String slug = ThaiSlugs.slugOf("น้ำท่วมเทศบาลนครขอนแก่น", 10);

        assertThat(slug.length()).isLessThanOrEqualTo(10);
        assertThat(slug).isIn("น้ำท่วม", "น้ำ");
        assertThat(ThaiSlugs.slugOf("น้ำท่วมเทศบาลนครขอนแก่น", 16)).isEqualTo("น้ำท่วมเทศบาลนคร");
        assertThat(ThaiSlugs.slugOf("น้ำท่วมเทศบาลนครขอนแก่น", 15)).isEqualTo("น้ำท่วมเทศบาล");
    }

    @Test
    void atEveryLengthLimitTheSlugEndsOnAWordBoundary() {
        String headline = "ผู้ว่าราชการจังหวัดขอนแก่นสั่งเปิดประตูระบายน้ำเร่งด่วน";
        BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
        words.setText(headline);
        List<String> wholeWordPrefixes = new ArrayList<>();
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            wholeWordPrefixes.add(headline.substring(0, end));
        }

        for (int limit = 1; limit <= headline.length(); limit++) {
            String slug = ThaiSlugs.slugOf(headline, limit);
            assertThat(wholeWordPrefixes).as("limit %d", limit).contains(slug);
            assertThat(slug.length()).as("limit %d", limit)
                    .isLessThanOrEqualTo(Math.max(limit, wholeWordPrefixes.get(0).length()));
        }
    }

    @Test
    void keepsToneMarksAndVowelsWithTheirConsonant() {
        String slug = ThaiSlugs.slugOf("ผู้ว่าฯ สั่งเปิดประตูระบายน้ำ", 6);

        assertThat(slug).isEqualTo("ผู้ว่า");
    }

    @Test
    void aHeadlineWithNothingUsableStillGetsASlug() {
        assertThat(ThaiSlugs.slugOf("!!!")).isEqualTo("article");
    }
}
