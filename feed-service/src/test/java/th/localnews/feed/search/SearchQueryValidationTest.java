package th.localnews.feed.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.localnews.feed.search.Stories.story;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryValidationTest {

    private final ThaiSearchIndex index =
            ThaiSearchIndex.inMemory(SearchSettings.defaults(), Clock.fixed(Stories.NOW, ZoneOffset.UTC));

    @BeforeEach
    void indexSomeStories() {
        index.upsert(story("1").title("ขยะล้นเมือง ทน.ขอนแก่น เร่งเก็บ").body("<p>title: AND OR NOT</p>").build());
        index.upsert(story("2").title("ฝุ่น PM2.5 เชียงใหม่เกินมาตรฐาน").build());
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n ", "\u00A0\u3000"})
    void rejectsABlankQueryWithAStableCode(String query) {
        assertThatThrownBy(() -> index.search(query, 10, null))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvalidQueryException.Reason.BLANK);
                    assertThat(e.code()).isEqualTo("search.query-blank");
                });
    }

    @Test
    void rejectsAQueryLongerThanTheLimitAfterTrimming() {
        String tenKilobytes = "น้ำท่วม".repeat(1500);
        assertThatThrownBy(() -> index.search(tenKilobytes, 10, null))
                .isInstanceOfSatisfying(InvalidQueryException.class,
                        e -> assertThat(e.code()).isEqualTo("search.query-too-long"));
        assertThatThrownBy(() -> index.search("ก".repeat(201), 10, null)).isInstanceOf(InvalidQueryException.class);

        assertThat(index.search("ก".repeat(200), 10, null).hits()).isEmpty();
        assertThat(index.search(" ".repeat(5000) + "ขยะ" + " ".repeat(5000), 10, null).hits())
                .extracting(SearchHit::id).containsExactly("1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "AND OR NOT", "(", ")", "\\", "~", "^", ":", "?", "[1 TO 5]", "{", "}", "/",
        "!", "+-", "&&", "||", "\"ขยะ", "ขยะ*", "ขยะ~2", "title:ขยะ", "ขยะ^10", "*:*", "ขยะ AND", "(ขยะ OR",
        "<script>alert(1)</script>", "\u0000ขยะ", "ทน.", "ฯ", "ๆ", "\uD83D\uDE00", "\uD83D"})
    void treatsQuerySyntaxAsPlainText(String query) {
        SearchPage page = index.search(query, 10, null);
        assertThat(page).isNotNull();
        page.hits().forEach(hit -> assertThat(hit.title()).doesNotContain("<script>"));
    }

    @Test
    void answersTheLongestAndMostFragmentedQueriesItAccepts() {
        String thai = "เทศบาลนครขอนแก่นอนุมัติงบประมาณปรับปรุงถนนมิตรภาพและระบบระบายน้ำ";
        List<String> queries = List.of(
                (thai.repeat(4)).substring(0, 200),
                "ก ข ค ง จ ฉ ช ซ ".repeat(25).substring(0, 200),
                "a1 ".repeat(66),
                "อบจ.".repeat(50),
                "ยูเนสโก ทน.ขอนแก่น PM2.5 ".repeat(8).substring(0, 200));
        for (String query : queries) {
            assertThat(query.strip().length()).isLessThanOrEqualTo(200);
            assertThat(index.search(query, 50, null)).isNotNull();
        }
    }

    @Test
    void searchesForTheWordsAroundSyntaxCharacters() {
        assertThat(index.search("title:ขยะ*", 10, null).hits()).extracting(SearchHit::id).containsExactly("1");
        assertThat(index.search("(PM2.5) AND \"เชียงใหม่\"", 10, null).hits()).extracting(SearchHit::id)
                .containsExactly("2");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 51, Integer.MAX_VALUE})
    void rejectsALimitOutOfRange(int limit) {
        assertThatThrownBy(() -> index.search("ขยะ", limit, null))
                .isInstanceOfSatisfying(InvalidQueryException.class,
                        e -> assertThat(e.code()).isEqualTo("search.limit-out-of-range"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage!", "MTox", "1:-5:0", "2:0:0", "1:x:0", "1:5000:0", "1:10"})
    void rejectsACursorItDidNotHandOut(String cursor) {
        String encoded = cursor.contains(":")
                ? Base64.getUrlEncoder().encodeToString(cursor.getBytes(StandardCharsets.UTF_8)) : cursor;
        assertThatThrownBy(() -> index.search("ขยะ", 10, encoded))
                .isInstanceOfSatisfying(InvalidQueryException.class,
                        e -> assertThat(e.code()).isEqualTo("search.cursor-invalid"));
    }
}
