package th.localnews.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptsTest {

    private final Excerpts excerpts = new Excerpts();

    @Test
    void cutsThaiTextAtAWordBoundaryAndEndsWithEllipsis() {
        String text = "เทศบาลนครขอนแก่นเร่งระบายน้ำในชุมชนริมบึงแก่นนครหลังฝนตกหนักต่อเนื่องสามวัน";
        String excerpt = excerpts.of(text, 20);
        assertThat(excerpt).endsWith("…");
        String kept = excerpt.substring(0, excerpt.length() - 1);
        assertThat(text).startsWith(kept);
        assertThat(kept.length()).isLessThanOrEqualTo(20).isGreaterThan(5);
        // never splits a word: the cut is where the JDK's Thai dictionary ends a word
        assertThat(kept).isIn("เทศบาลนครขอนแก่น", "เทศบาลนครขอนแก่นเร่ง");
    }

    @Test
    void dropsMarkupAndEntities() {
        assertThat(excerpts.of("<p>ข่าว &amp; <strong>กีฬา</strong></p>", 50)).isEqualTo("ข่าว & กีฬา…");
    }

    @Test
    void keepsAnExcerptThatAlreadyEndsWithEllipsis() {
        assertThat(excerpts.of("ฝนตกหนัก…")).isEqualTo("ฝนตกหนัก…");
    }

    @Test
    void isEmptyForNoText() {
        assertThat(excerpts.of(null)).isEmpty();
    }
}
