package th.localnews.feed.article;

import static org.assertj.core.api.Assertions.assertThat;
import static th.localnews.feed.support.ArticleMother.story;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import th.localnews.events.ArticleSnapshot;
import th.localnews.feed.search.SearchSettings;
import th.localnews.feed.search.ThaiSearchIndex;
import th.localnews.feed.view.ArticleView;

class RelatedStoriesTest {

    private static final Instant T = Instant.parse("2025-06-01T00:00:00Z");

    private final ThaiSearchIndex index = ThaiSearchIndex.inMemory(SearchSettings.defaults(), Clock.systemUTC());
    private final ArticleView view = new ArticleView(index);
    private final RelatedStories related = new RelatedStories(view);

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void picksFourBySharedPlacesSectionTagsAndTextThenTheNewestNeverItselfNorRetracted() {
        ArticleSnapshot flood = apply(story(1).section("disaster").provinces("TH-50").tags("น้ำท่วม")
                .title("น้ำท่วมอำเภอแม่ริม").publishedAt(T));
        apply(story(2).section("disaster").provinces("TH-50").tags("น้ำท่วม").title("น้ำท่วมแม่แตง").publishedAt(T.minusSeconds(50)));
        apply(story(3).section("disaster").provinces("TH-50").tags("น้ำท่วม").title("น้ำท่วมสันทราย").publishedAt(T.minusSeconds(40)));
        apply(story(4).section("disaster").provinces("TH-50").tags("น้ำท่วม").title("ถอนข่าวนี้").publishedAt(T.minusSeconds(30)));
        view.apply(story(4).version(2).retracted());
        apply(story(5).section("education").provinces("TH-50").tags("โรงเรียน").title("โรงเรียนปิดชั่วคราว").publishedAt(T.minusSeconds(20)));
        apply(story(6).section("education").provinces("TH-10").tags("โรงเรียน").title("สอบเข้า ม.1").publishedAt(T.minusSeconds(10)));
        apply(story(7).section("economy").provinces("TH-90").tags("ยางพารา").title("ราคายางพาราขยับขึ้น").publishedAt(T.minusSeconds(5)));
        apply(story(8).section("economy").provinces("TH-90").tags("ยางพารา").title("ราคายางพาราร่วง").publishedAt(T.minusSeconds(5)));

        assertThat(related.of(flood)).extracting(ArticleSnapshot::id)
                .containsExactly(3L, 2L, 5L, 8L);
    }

    @Test
    void theTextCandidatesShareTheRarestWordsOfTheTitleNotItsCommonOnesNorItsNumbers() {
        String[] places = {"ขอนแก่น", "เชียงใหม่", "ภูเก็ต", "สงขลา"};
        for (int i = 1; i <= 400; i++) {
            // every story shares "ข่าว"/"เรื่องที่"; a quarter of them one place; story 7 alone is about ยูเนสโก
            String title = "ข่าวน้ำท่วม" + places[i % 4] + " เรื่องที่ " + i + (i == 7 ? " ยูเนสโกรับรอง" : "");
            apply(story(i).title(title).publishedAt(T.minusSeconds(i)));
        }
        apply(story(500).title("ยูเนสโกรับรองเมืองเก่า").publishedAt(T.minusSeconds(999)));

        List<String> unesco = index.relatedIds("ยูเนสโกรับรองมรดกโลก เรื่องที่ 12", 50);
        assertThat(unesco).as("only the stories naming ยูเนสโก, not every story with เรื่องที่ or 12")
                .containsExactlyInAnyOrder("7", "500");

        List<String> phuket = index.relatedIds("น้ำท่วมภูเก็ต", 50);
        assertThat(phuket).hasSize(50).allSatisfy(id -> assertThat(Integer.parseInt(id) % 4).isEqualTo(2));
        assertThat(phuket.subList(0, 3)).as("the newest first among equals").containsExactly("2", "6", "10");

        assertThat(index.relatedIds("ข่าว เรื่องที่ 12", 50)).as("words in every story relate nothing").isEmpty();
        assertThat(index.relatedIds("   ", 50)).isEmpty();
    }

    @Test
    void aLoneStoryHasNoRelatedStories() {
        assertThat(related.of(apply(story(1)))).isEmpty();
    }

    private ArticleSnapshot apply(th.localnews.feed.support.ArticleMother mother) {
        view.apply(mother.published());
        return view.byId(mother.published().articleId()).orElseThrow();
    }
}
