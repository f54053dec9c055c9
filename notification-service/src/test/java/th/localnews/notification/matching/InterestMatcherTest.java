package th.localnews.notification.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.localnews.events.ArticleSnapshot;
import th.localnews.notification.Stories;
import th.localnews.notification.subscription.Interests;

class InterestMatcherTest {

    private static Interests keywords(String... keywords) {
        return new Interests(false, false, List.of(), List.of(), List.of(), List.of(keywords));
    }

    @Test
    void matchesAThaiKeywordAsWholeWordsInTheTitle() {
        ArticleSnapshot story = Stories.story(1).title("น้ำท่วมหนักในอำเภอเมืองขอนแก่น ชาวบ้านอพยพ").build();

        assertThat(InterestMatcher.forArticle(story).matches(keywords("น้ำท่วม"))).isTrue();
    }

    @Test
    void doesNotMatchAKeywordThatIsOnlyPartOfALongerWord() {
        ArticleSnapshot story = Stories.story(1).title("จังหวัดตากเปิดด่านการค้าชายแดน").summary("ด่านแม่สอดกลับมาคึกคัก")
                .tags().build();

        assertThat(InterestMatcher.forArticle(story).matches(keywords("ตา"))).isFalse();
        assertThat(InterestMatcher.forArticle(story).matches(keywords("ตาก"))).isTrue();
    }

    @Test
    void matchesWhenAnyStatedInterestMatches() {
        ArticleSnapshot story = Stories.story(1).provinces("TH-40").breaking().build();

        assertThat(InterestMatcher.forArticle(story).matches(new Interests(false, false, List.of(), List.of("TH-40"),
                List.of(), List.of()))).isTrue();
        assertThat(InterestMatcher.forArticle(story).matches(new Interests(false, true, List.of(), List.of("TH-10"),
                List.of(), List.of()))).isTrue();
        assertThat(InterestMatcher.forArticle(story).matches(new Interests(false, false, List.of("sports"),
                List.of("TH-10"), List.of("กีฬา"), List.of("ฟุตบอล")))).isFalse();
        assertThat(InterestMatcher.forArticle(story).matches(new Interests(true, false, List.of(), List.of(),
                List.of(), List.of()))).isTrue();
    }
}
