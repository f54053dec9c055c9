package th.localnews.feed.web;

import static org.assertj.core.api.Assertions.assertThat;
import static th.localnews.feed.support.ArticleMother.story;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import th.localnews.feed.search.SearchSettings;
import th.localnews.feed.search.ThaiSearchIndex;
import th.localnews.feed.view.ArticleView;

class RenderedCacheTest {

    private final ThaiSearchIndex index = ThaiSearchIndex.inMemory(SearchSettings.defaults(), Clock.systemUTC());
    private final ArticleView view = new ArticleView(index);
    private final RenderedCache cache = new RenderedCache(view, new FeedProperties("http://localhost:8080",
            "localnews", "article-events", (short) 1, 160, 3, Duration.ofMinutes(30)));
    private final AtomicInteger renders = new AtomicInteger();

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void rendersOncePerRevisionAndAgainAfterTheViewChanges() {
        assertThat(body(get("home"))).isEqualTo("render 1");
        assertThat(body(get("home"))).isEqualTo("render 1");

        view.apply(story(1).published());

        assertThat(body(get("home"))).isEqualTo("render 2");
        assertThat(renders).hasValue(2);
    }

    @Test
    void holdsOnlyTheCurrentRevisionsRenderings() {
        for (int id = 1; id <= 50; id++) {
            get("article " + id);
            view.apply(story(id).published());
        }
        get("article 51");

        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void staysWithinItsBoundWhateverTheKeys() {
        for (int i = 0; i < 10; i++) {
            get("search " + i);
        }

        assertThat(cache.size()).isLessThanOrEqualTo(3);
        assertThat(renders).hasValue(10);
    }

    @Test
    void doesNotKeepARenderingMadeWhileTheViewMovedOn() {
        cache.get("home", MediaType.APPLICATION_JSON, () -> {
            view.apply(story(1).published());
            return "stale".getBytes(StandardCharsets.UTF_8);
        });

        assertThat(body(get("home"))).isEqualTo("render 1");
    }

    @Test
    void givesAnAnswerAgainOnlyForTheRevisionItWasGivenAt() {
        long revision = cache.revision();
        Answer answer = new Answer(get("home"), "application/json", "max-age=30, public", "Accept-Encoding", "/api/articles");
        cache.remember("/api/articles", revision, answer);

        assertThat(cache.answer("/api/articles")).isSameAs(answer);
        assertThat(cache.answer("/api/articles?limit=5")).isNull();

        view.apply(story(1).published());

        assertThat(cache.answer("/api/articles")).as("the view changed").isNull();
        cache.remember("/api/articles", revision, answer);
        assertThat(cache.answer("/api/articles")).as("an answer begun before the change is not kept").isNull();
    }

    @Test
    void keepsAnswersWithinTheBoundWhateverTheRequestLines() {
        long revision = cache.revision();
        Answer answer = new Answer(get("home"), "application/json", null, null, null);
        for (int i = 0; i < 10; i++) {
            cache.remember("/api/articles?junk=" + i, revision, answer);
        }

        assertThat(cache.answer("/api/articles?junk=9")).isSameAs(answer);
        assertThat(cache.answer("/api/articles?junk=0")).isNull();
        assertThat(body(get("home"))).as("renderings are not pushed out by answers").isEqualTo("render 1");
    }

    private Rendered get(String key) {
        return cache.get(key, MediaType.APPLICATION_JSON,
                () -> ("render " + renders.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
    }

    private static String body(Rendered rendered) {
        return new String(rendered.body(), StandardCharsets.UTF_8);
    }
}
