package th.localnews.feed.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static th.localnews.feed.search.Stories.story;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import th.localnews.testkit.MutableClock;

class SearchRankingTest {

    private static List<String> ids(ThaiSearchIndex index, String query) {
        return index.search(query, 10, null).hits().stream().map(SearchHit::id).toList();
    }

    private static ThaiSearchIndex index(Clock clock) {
        return ThaiSearchIndex.inMemory(SearchSettings.defaults(), clock);
    }

    @Test
    void ranksTheNewerOfTwoEquallyRelevantStoriesFirst() throws Exception {
        try (ThaiSearchIndex index = index(Clock.fixed(Stories.NOW, ZoneOffset.UTC))) {
            index.upsert(story("old").title("น้ำท่วมขังถนนมิตรภาพ").daysOld(400).build());
            index.upsert(story("new").title("น้ำท่วมขังถนนมิตรภาพ").daysOld(2).build());
            index.upsert(story("mid").title("น้ำท่วมขังถนนมิตรภาพ").daysOld(40).build());
            assertThat(ids(index, "น้ำท่วม")).containsExactly("new", "mid", "old");
        }
    }

    @Test
    void breaksAnExactTieByDateThenById() throws Exception {
        Instant sameDay = Stories.NOW.minus(Duration.ofDays(3000));
        try (ThaiSearchIndex index = index(Clock.fixed(Stories.NOW, ZoneOffset.UTC))) {
            index.upsert(story("b").title("ลอยกระทง").publishedAt(sameDay).build());
            index.upsert(story("a").title("ลอยกระทง").publishedAt(sameDay).build());
            index.upsert(story("c").title("ลอยกระทง").publishedAt(sameDay.minusSeconds(1)).build());
            assertThat(ids(index, "ลอยกระทง")).containsExactly("a", "b", "c");
        }
    }

    @Test
    void letsAClearlyBetterOlderMatchBeatAWeakNewOne() throws Exception {
        try (ThaiSearchIndex index = index(Clock.fixed(Stories.NOW, ZoneOffset.UTC))) {
            index.upsert(story("strong-old").title("ไข้เลือดออกระบาดหนัก").summary("ผู้ป่วยไข้เลือดออกเพิ่มขึ้น")
                    .tags("ไข้เลือดออก").daysOld(300).build());
            index.upsert(story("weak-new").title("ประชุมสภาเทศบาล")
                    .body("<p>วาระอื่น ๆ มีการรายงานเรื่องไข้เลือดออกสั้น ๆ</p>").daysOld(1).build());
            assertThat(ids(index, "ไข้เลือดออก")).containsExactly("strong-old", "weak-new");
        }
    }

    @Test
    void weighsTheTitleAboveTheSummaryAboveTheBody() throws Exception {
        try (ThaiSearchIndex index = index(Clock.fixed(Stories.NOW, ZoneOffset.UTC))) {
            index.upsert(story("body").title("ข่าวท้องถิ่น").summary("สรุปข่าว").body("<p>เรื่องทุเรียนภาคตะวันออก</p>").build());
            index.upsert(story("title").title("ทุเรียนภาคตะวันออก").summary("สรุปข่าว").body("<p>ข่าวท้องถิ่น</p>").build());
            index.upsert(story("summary").title("ข่าวท้องถิ่น").summary("ทุเรียนภาคตะวันออก").body("<p>ข่าว</p>").build());
            assertThat(ids(index, "ทุเรียน")).containsExactly("title", "summary", "body");
        }
    }

    @Test
    void computesTheRecencyFactorFromTheHalfLife() {
        long now = Stories.NOW.toEpochMilli();
        long halfLife = Duration.ofDays(30).toMillis();
        RecencyBoost boost = new RecencyBoost(now, 0.3, halfLife);
        assertThat(boost.factor(now)).isCloseTo(1.3, within(1e-9));
        assertThat(boost.factor(now - halfLife)).isCloseTo(1.15, within(1e-9));
        assertThat(boost.factor(now - 10 * halfLife)).isCloseTo(1.0, within(1e-3));
        assertThat(boost.factor(now + halfLife)).isCloseTo(1.3, within(1e-9));
    }

    @Test
    void keepsTheOrderOfAPagedSearchWhileTimePasses() throws Exception {
        MutableClock clock = new MutableClock(Stories.NOW);
        try (ThaiSearchIndex index = index(clock)) {
            for (int i = 0; i < 30; i++) {
                index.upsert(story("s" + i).title("ถนนคนเดิน" + " ถนน".repeat(i % 4)).daysOld(i * 7L).build());
            }
            List<String> atOnce = index.search("ถนนคนเดิน", 30, null).hits().stream().map(SearchHit::id).toList();

            List<String> paged = new ArrayList<>();
            SearchPage page = index.search("ถนนคนเดิน", 10, null);
            page.hits().forEach(hit -> paged.add(hit.id()));
            while (page.nextCursor() != null) {
                clock.advance(Duration.ofDays(90));
                page = index.search("ถนนคนเดิน", 10, page.nextCursor());
                page.hits().forEach(hit -> paged.add(hit.id()));
            }
            assertThat(paged).isEqualTo(atOnce);
        }
    }
}
