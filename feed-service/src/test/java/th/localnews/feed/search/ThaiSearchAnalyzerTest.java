package th.localnews.feed.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiSearchAnalyzerTest {

    private static final SearchAnalysis ANALYSIS = SearchAnalysis.loadDefault();

    private static List<String> words(String text) {
        return ANALYSIS.words(text).stream().map(SearchAnalysis.Token::term).toList();
    }

    private static List<String> bigrams(String text) {
        return ANALYSIS.bigrams(text).stream().map(SearchAnalysis.Token::term).toList();
    }

    @Test
    void segmentsThaiTextWithTheDictionary() {
        assertThat(words("ประชุมสภาเทศบาล")).containsExactly("ประชุม", "สภา", "เทศบาล");
        assertThat(words("น้ำท่วมขังถนนมิตรภาพ")).containsExactly("น้ำ", "ท่วม", "ขัง", "ถนน", "มิตรภาพ");
    }

    /** What the index analysis of a word field gives: each term at its position. */
    private static List<String> indexed(String text) {
        return SearchAnalysis.tokens(ANALYSIS.indexAnalyzer(), text).stream()
                .map(token -> token.term() + "@" + token.position()).toList();
    }

    @Test
    void indexesEveryLongFormAlsoAsOneTokenAtItsLastWord() {
        assertThat(indexed("นายก อบจ.ขอนแก่น")).containsExactly("นายก@0", "องค์การ@1", "บริหาร@2", "ส่วน@3",
                "จังหวัด@4", "องค์การบริหารส่วนจังหวัด@4", "ขอนแก่น@5");
        assertThat(indexed("นายกองค์การบริหารส่วนจังหวัดขอนแก่น")).contains("องค์การบริหารส่วนจังหวัด@4");
        // two long forms ending in the same word: ส.จ. holds อบจ.
        assertThat(indexed("ส.จ.ขอนแก่น")).contains("สมาชิกสภาองค์การบริหารส่วนจังหวัด@5",
                "องค์การบริหารส่วนจังหวัด@5");
        // three of the four words, or all four apart, are not the long form
        assertThat(indexed("อบต.เกาะเต่า")).noneMatch(token -> token.startsWith("องค์การบริหารส่วนจังหวัด"));
        assertThat(indexed("องค์การบริหารส่วนท้องถิ่นจังหวัดขอนแก่น"))
                .noneMatch(token -> token.startsWith("องค์การบริหารส่วนจังหวัด"));
        // the query analysis has no such token: the query builder asks for it where a unit is a long form
        assertThat(words("นายก อบจ.ขอนแก่น")).doesNotContain("องค์การบริหารส่วนจังหวัด");
    }

    @Test
    void splitsMunicipalAbbreviationFromTheNameAndExpandsIt() {
        assertThat(words("ทน.ขอนแก่น")).containsExactly("เทศบาล", "นคร", "ขอนแก่น")
                .isEqualTo(words("เทศบาลนครขอนแก่น"));
        assertThat(words("ทม.บ้านไผ่")).isEqualTo(words("เทศบาลเมืองบ้านไผ่"));
        assertThat(words("ทต.ท่าพระ")).isEqualTo(words("เทศบาลตำบลท่าพระ"));
    }

    @Test
    void expandsProvincialAndSubdistrictAdministrations() {
        assertThat(words("อบจ.เชียงใหม่")).containsExactly("องค์การ", "บริหาร", "ส่วน", "จังหวัด", "เชียงใหม่")
                .isEqualTo(words("องค์การบริหารส่วนจังหวัดเชียงใหม่"));
        assertThat(words("อบต.เกาะเต่า")).isEqualTo(words("องค์การบริหารส่วนตำบลเกาะเต่า"));
        assertThat(words("กทม.")).isEqualTo(words("กรุงเทพฯ")).isEqualTo(words("กรุงเทพมหานคร"));
    }

    @Test
    void expandsAnAbbreviationGluedToTheWordBeforeIt() {
        assertThat(words("นายกอบจ.เชียงใหม่"))
                .containsExactly("นายก", "องค์การ", "บริหาร", "ส่วน", "จังหวัด", "เชียงใหม่");
        assertThat(words("นายก อบจ.เชียงใหม่")).isEqualTo(words("นายกอบจ.เชียงใหม่"));
    }

    @Test
    void leavesWordsThatMerelyEndLikeAShortAbbreviation() {
        assertThat(words("ทดแทน.")).containsExactly("ทดแทน");
        assertThat(words("จ.ขอนแก่น อ.เมือง ต.ในเมือง"))
                .containsExactly("จังหวัด", "ขอนแก่น", "อำเภอ", "เมือง", "ตำบล", "เมือง");
        assertThat(words("ต.ค. 2566")).containsExactly("ตุลาคม", "2566");
    }

    @Test
    void splitsAnyDottedThaiAbbreviationOffTheNameEvenWhenNotListed() {
        assertThat(words("สพป.ขอนแก่น")).containsExactly("สพป", "ขอนแก่น");
    }

    @Test
    void segmentsAnUnknownNameTheSameWayWhereverItStands() {
        List<String> alone = words("ยูเนสโก");
        assertThat(Collections.indexOfSubList(words("ยูเนสโกรับรองเมืองเก่า"), alone)).isZero();
        assertThat(Collections.indexOfSubList(words("องค์การยูเนสโกประกาศ"), alone)).isPositive();
        assertThat(bigrams("ยูเนสโก")).containsExactly("ยู", "ูเ", "เน", "นส", "สโ", "โก");
    }

    @Test
    void keepsNumbersAndNormalisesThaiDigits() {
        assertThat(words("งบประมาณ 25 ล้านบาท")).contains("25", "ล้าน", "บาท");
        assertThat(words("ปี ๒๕๖๗")).isEqualTo(words("ปี 2567"));
        assertThat(words("วงเงิน 1,650 ล้านบาท")).contains("1,650");
    }

    @Test
    void lowercasesEnglishWords() {
        assertThat(words("Smart City")).containsExactly("smart", "city");
        assertThat(words("ทีม Tapee Robot")).containsExactly("ทีม", "tapee", "robot");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PM2.5|PM 2.5", "PM2.5|พีเอ็ม 2.5", "PM2.5|pm2.5", "Wi-Fi|WiFi", "Wi-Fi|ไวไฟ", "โควิด-19|COVID-19",
        "โควิด-19|โควิด 19", "ตำบล|ตําบล"})
    void treatsSpellingVariantsAsOneTerm(String canonical, String variant) {
        assertThat(words(variant)).isEqualTo(words(canonical));
    }

    @Test
    void analysesMixedThaiEnglishAndDigits() {
        assertThat(words("ฝุ่น PM 2.5 เกินมาตรฐาน")).containsExactly("ฝุ่น", "pm2.5", "เกิน", "มาตรฐาน");
        assertThat(words("ติดตั้ง Wi-Fi ฟรี 1,000 จุด")).containsExactly("ติด", "ตั้ง", "wifi", "ฟรี", "1,000", "จุด");
    }

    @Test
    void dropsFunctionWords() {
        assertThat(words("น้ำท่วมที่ขอนแก่น")).containsExactly("น้ำ", "ท่วม", "ขอนแก่น");
    }

    @Test
    void pointsEveryTokenOfAnExpansionAtTheAbbreviationAsWritten() {
        String text = "ไปที่ ทน.ขอนแก่น วันนี้";
        List<SearchAnalysis.Token> tokens = ANALYSIS.words(text);
        SearchAnalysis.Token first = tokens.stream().filter(t -> t.term().equals("เทศบาล")).findFirst().orElseThrow();
        SearchAnalysis.Token second = tokens.stream().filter(t -> t.term().equals("นคร")).findFirst().orElseThrow();
        SearchAnalysis.Token name = tokens.stream().filter(t -> t.term().equals("ขอนแก่น")).findFirst().orElseThrow();
        assertThat(text.substring(first.start(), first.end())).isEqualTo("ทน.");
        assertThat(second.start()).isEqualTo(second.end()).isEqualTo(first.end());
        assertThat(text.substring(name.start(), name.end())).isEqualTo("ขอนแก่น");
    }

    @Test
    void keepsBigramPhrasesInsideOneRunOfLetters() {
        List<SearchAnalysis.Token> tokens = ANALYSIS.bigrams("ขอน แก่น");
        assertThat(tokens).extracting(SearchAnalysis.Token::term).containsExactly("ขอ", "อน", "แก", "ก่", "่น");
        assertThat(tokens.get(2).position() - tokens.get(1).position()).isEqualTo(3);
        assertThat(ANALYSIS.bigramRuns("ขอน แก่น")).hasSize(2);
    }

    @Test
    void expandsEveryListedAbbreviationLikeItsLongForm() {
        for (String[] row : SearchResources.rows(ThaiTermTable.ABBREVIATIONS)) {
            assertThat(words(row[0])).as(row[0]).isEqualTo(words(row[1]));
        }
        for (String[] row : SearchResources.rows(ThaiTermTable.VARIANTS)) {
            assertThat(words(row[0])).as(row[0]).isEqualTo(words(row[1]));
        }
    }
}
