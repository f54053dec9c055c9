package th.localnews.feed.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptsTest {

    private final Excerpts excerpts = new Excerpts(40);

    @Test
    void cutsLongThaiTextAtAWordBoundaryAndEndsWithAnEllipsis() {
        String body = "<p>เทศบาลนครขอนแก่นประกาศขยายโครงการอาหารกลางวันฟรีให้ครอบคลุมนักเรียนทุกระดับชั้นในโรงเรียนสังกัดเทศบาล</p>";

        String excerpt = excerpts.of(body);

        assertThat(excerpt).endsWith("…").doesNotContain("<p>");
        String kept = excerpt.substring(0, excerpt.length() - 1);
        assertThat(kept.length()).isLessThanOrEqualTo(40);
        assertThat(HtmlText.plain(body)).startsWith(kept);
        assertThat(ThaiChars.isSafeCut(HtmlText.plain(body), kept.length())).isTrue();
    }

    @Test
    void neverStrandsALeadingVowelOrSplitsACluster() {
        String text = "ผู้ว่าราชการจังหวัดเชียงใหม่เตือนประชาชนริมแม่น้ำปิงเฝ้าระวังน้ำท่วมฉับพลันในคืนนี้";
        for (int max = 20; max < text.length(); max++) {
            String excerpt = new Excerpts(max).of(text);
            String kept = excerpt.endsWith("…") ? excerpt.substring(0, excerpt.length() - 1) : excerpt;
            assertThat(ThaiChars.isSafeCut(text, kept.length())).as("max %d: %s", max, excerpt).isTrue();
            assertThat(text).startsWith(kept);
        }
    }

    @Test
    void leavesShortTextWholeWithoutAnEllipsis() {
        assertThat(excerpts.of("<p>ถนนใหม่เปิดใช้ &amp; ปลอดภัย</p>")).isEqualTo("ถนนใหม่เปิดใช้ & ปลอดภัย");
    }
}
