package th.localnews.notification.matching;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import th.localnews.events.ArticleSnapshot;
import th.localnews.notification.subscription.Interests;

/** Decides whether one story interests one subscriber; built once per story so its words are split once. */
public final class InterestMatcher {

    private final ArticleSnapshot article;
    private final List<String> words;

    private InterestMatcher(ArticleSnapshot article) {
        this.article = article;
        this.words = Stream.concat(Stream.of(article.title(), article.summary()), article.tags().stream())
                .flatMap(text -> Stream.concat(ThaiWords.of(text).stream(), Stream.of("\u0000")))
                .collect(Collectors.toList());
    }

    public static InterestMatcher forArticle(ArticleSnapshot article) {
        return new InterestMatcher(article);
    }

    public boolean matches(Interests interests) {
        return interests.all()
                || (interests.breaking() && article.breaking())
                || interests.sections().contains(article.section())
                || !Collections.disjoint(interests.provinces(), article.provinces())
                || !Collections.disjoint(interests.tags(), article.tags())
                || interests.keywords().stream().anyMatch(this::mentions);
    }

    /** The keyword's own words appear one after another in the title, summary or a tag. */
    boolean mentions(String keyword) {
        List<String> wanted = ThaiWords.of(keyword);
        return !wanted.isEmpty() && Collections.indexOfSubList(words, wanted) >= 0;
    }
}
