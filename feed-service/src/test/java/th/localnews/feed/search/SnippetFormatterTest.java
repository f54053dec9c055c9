package th.localnews.feed.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetFormatterTest {

    private static final String LONG_TEXT = "สภาเทศบาลนครขอนแก่นประชุมสมัยสามัญเมื่อวันที่ 19 พฤษภาคม มีมติอนุมัติงบประมาณ 45 ล้านบาท "
            + "เพื่อปรับปรุงอาคารเรียน ห้องน้ำ และระบบไฟฟ้าของโรงเรียนในสังกัดเทศบาลจำนวน 11 แห่ง "
            + "นายกเทศมนตรีกล่าวว่าโครงการจะเริ่มในช่วงปิดภาคเรียนเพื่อไม่ให้กระทบการเรียนการสอนของนักเรียน "
            + "ผู้ปกครองหลายคนเห็นด้วยและขอให้เทศบาลตรวจสอบความปลอดภัยของสนามเด็กเล่นไปพร้อมกัน "
            + "ส่วนครูในโรงเรียนเทศบาลเสนอให้ติดตั้งเครื่องฟอกอากาศในห้องเรียนที่อยู่ใกล้ถนนใหญ่ด้วย";

    private final SnippetFormatter formatter = new SnippetFormatter(80);

    private static TextRange rangeOf(String text, String word) {
        int start = text.indexOf(word);
        return new TextRange(start, start + word.length());
    }

    @Test
    void marksMatchesAndEscapesTheTextAroundThem() {
        String text = "ราคา <b>ผัก</b> & \"ผลไม้\" ของ 'ตลาด'";
        String html = formatter.whole(text, List.of(rangeOf(text, "ผัก")));
        assertThat(html).isEqualTo("ราคา &lt;b&gt;<mark>ผัก</mark>&lt;/b&gt; &amp; &quot;ผลไม้&quot; ของ &#39;ตลาด&#39;");
    }

    @Test
    void keepsAShortTextWholeWithoutEllipsis() {
        String text = "ทน.ขอนแก่น อนุมัติงบ";
        assertThat(formatter.snippet(text, List.of(rangeOf(text, "ทน.ขอนแก่น"))))
                .isEqualTo("<mark>ทน.ขอนแก่น</mark> อนุมัติงบ");
    }

    @Test
    void cutsALongTextAroundTheMatchWithEllipsisOnBothSides() {
        String snippet = formatter.snippet(LONG_TEXT, List.of(rangeOf(LONG_TEXT, "ปิดภาคเรียน")));
        assertThat(snippet).startsWith(SnippetFormatter.ELLIPSIS).endsWith(SnippetFormatter.ELLIPSIS)
                .contains("<mark>ปิดภาคเรียน</mark>");
        assertThat(plain(snippet).length()).isLessThanOrEqualTo(80 + 2);
        assertThat(LONG_TEXT).contains(plain(snippet).replace(SnippetFormatter.ELLIPSIS, "").strip());
    }

    @Test
    void startsAtTheBeginningWhenNothingMatched() {
        String snippet = formatter.snippet(LONG_TEXT, List.of());
        assertThat(snippet).startsWith("สภาเทศบาลนครขอนแก่น").endsWith(SnippetFormatter.ELLIPSIS).doesNotContain("<mark>");
    }

    @Test
    void neverCutsInsideAWordOrACharacterCluster() {
        BreakIterator words = BreakIterator.getWordInstance(new ULocale("th"));
        words.setText(LONG_TEXT);
        for (int at = 0; at + 2 <= LONG_TEXT.length(); at += 3) {
            int end = words.following(at);
            String snippet = formatter.snippet(LONG_TEXT, List.of(new TextRange(at, Math.max(end, at + 1))));
            String body = plain(snippet);
            String inner = body.replace(SnippetFormatter.ELLIPSIS, "").strip();
            int from = LONG_TEXT.indexOf(inner);
            assertThat(from).as("snippet for a match at %d is a piece of the text: %s", at, snippet).isNotNegative();
            int to = from + inner.length();
            assertThat(from == 0 || words.isBoundary(from)).as("starts on a word boundary: %s", snippet).isTrue();
            assertThat(to == LONG_TEXT.length() || words.isBoundary(to)).as("ends on a word boundary: %s", snippet)
                    .isTrue();
            assertThat(ThaiChars.isSafeCut(LONG_TEXT, from) && ThaiChars.isSafeCut(LONG_TEXT, to))
                    .as("no dangling vowel or tone mark: %s", snippet).isTrue();
            assertThat(body.startsWith(SnippetFormatter.ELLIPSIS)).isEqualTo(from > 0);
            assertThat(body.endsWith(SnippetFormatter.ELLIPSIS)).isEqualTo(to < LONG_TEXT.length());
        }
    }

    @Test
    void prefersTheWindowThatShowsMostMatches() {
        String text = LONG_TEXT;
        List<TextRange> matches = List.of(rangeOf(text, "สภาเทศบาล"), rangeOf(text, "ผู้ปกครอง"),
                rangeOf(text, "สนามเด็กเล่น"), rangeOf(text, "ความปลอดภัย"));
        String snippet = formatter.snippet(text, matches);
        assertThat(snippet).contains("<mark>ผู้ปกครอง</mark>", "<mark>ความปลอดภัย</mark>", "<mark>สนามเด็กเล่น</mark>");
    }

    @Test
    void recognisesDependentThaiCharacters() {
        assertThat(ThaiChars.isSafeCut("เมือง", 1)).isFalse();
        assertThat(ThaiChars.isSafeCut("น้ำ", 1)).isFalse();
        assertThat(ThaiChars.isSafeCut("กำลัง", 1)).isFalse();
        assertThat(ThaiChars.isSafeCut("ไปมา", 2)).isTrue();
    }

    private static String plain(String html) {
        return html.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
