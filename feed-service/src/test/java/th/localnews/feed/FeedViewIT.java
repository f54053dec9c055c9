package th.localnews.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static th.localnews.feed.support.ArticleMother.story;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import th.localnews.feed.support.ArticleLogProducer;
import th.localnews.feed.support.ArticleMother;
import th.localnews.feed.log.CatchUp;
import th.localnews.feed.view.ArticleView;
import th.localnews.testkit.IntegrationTest;

/** The view materialised from a real broker, seen through every reader endpoint. */
@IntegrationTest
class FeedViewIT {

    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1_000);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static ArticleLogProducer log;

    @Autowired
    WebApplicationContext context;

    @Autowired
    ArticleView view;

    @Autowired
    CatchUp catchUp;

    MockMvc mvc;

    @BeforeAll
    static void producer() {
        log = new ArticleLogProducer();
    }

    @AfterAll
    static void closeProducer() {
        log.close();
    }

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void publishUpdateAndRetractKeepFeedsArticleRelatedSearchRssAndSitemapConsistent() throws Exception {
        long a = IDS.incrementAndGet();
        long b = IDS.incrementAndGet();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ArticleMother flood = story(a).slug("น้ำท่วม-" + a).section("disaster").provinces("TH-50").tags("น้ำท่วม")
                .title("น้ำท่วมฉับพลันอำเภอแม่ริมเชียงใหม่ " + a).publishedAt(now.minusSeconds(60));
        log.send(flood.published(), story(b).section("disaster").provinces("TH-50").tags("น้ำท่วม")
                .title("อบจ.เชียงใหม่เตรียมรับมือน้ำป่า " + b).publishedAt(now.minusSeconds(120)).published());

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(body("/api/articles/" + a)).contains("\"title\":\"น้ำท่วมฉับพลันอำเภอแม่ริมเชียงใหม่ " + a);
            assertThat(body("/api/articles/" + b)).contains("\"related\":[{\"id\":" + a);
        });
        assertThat(body("/api/articles/น้ำท่วม-" + a)).contains("\"id\":" + a);
        assertThat(body("/api/articles?section=disaster&province=TH-50&limit=50")).contains("\"id\":" + a);
        assertThat(body("/api/search?q=แม่ริม")).contains("\"id\":" + a);
        assertThat(body("/rss.xml")).contains("/articles/" + a + "/");
        assertThat(body("/sections/disaster/rss.xml")).contains("น้ำท่วมฉับพลันอำเภอแม่ริมเชียงใหม่ " + a);
        assertThat(body("/sitemap.xml")).contains("/articles/" + a + "/");

        log.send(flood.version(2).title("แก้ไข: น้ำท่วมฉับพลันอำเภอแม่แตง " + a).updated());
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(body("/api/articles/" + a)).contains("แก้ไข: น้ำท่วมฉับพลันอำเภอแม่แตง"));
        assertThat(body("/api/search?q=แม่แตง")).contains("\"id\":" + a);
        assertThat(body("/api/search?q=แม่ริม")).doesNotContain("\"id\":" + a + ",");
        assertThat(body("/api/articles?limit=50")).contains("แก้ไข: น้ำท่วมฉับพลันอำเภอแม่แตง " + a);

        log.send(flood.version(3).retracted());
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(mvc.perform(get("/api/articles/" + a)).andReturn().getResponse().getStatus()).isEqualTo(404));
        assertThat(status("/api/articles/น้ำท่วม-" + a)).isEqualTo(404);
        assertThat(body("/api/articles?limit=50")).doesNotContain("\"id\":" + a + ",");
        assertThat(body("/api/articles/" + b)).doesNotContain("\"id\":" + a + ",");
        assertThat(body("/api/search?q=แม่แตง")).doesNotContain("\"id\":" + a + ",");
        assertThat(body("/rss.xml")).doesNotContain("/articles/" + a + "/");
        assertThat(body("/sections/disaster/rss.xml")).doesNotContain("/articles/" + a + "/");
        assertThat(body("/sitemap.xml")).doesNotContain("/articles/" + a + "/");
    }

    @Test
    void duplicatesAndOutOfOrderDeliveryAndThreeRebuildsGiveTheSameView() throws Exception {
        long x = IDS.incrementAndGet();
        long y = IDS.incrementAndGet();
        log.send(story(x).published(), story(x).version(2).title("ฉบับที่สอง " + x).updated(),
                story(x).version(2).title("ฉบับที่สอง " + x).updated(), story(y).version(2).updated(),
                story(y).published(), story(x).published());
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(view.byId(x)).hasValueSatisfying(s -> assertThat(s.version()).isEqualTo(2));
            assertThat(view.byId(y)).hasValueSatisfying(s -> assertThat(s.version()).isEqualTo(2));
        });
        String checksum = view.checksum();

        for (int replay = 0; replay < 3; replay++) {
            long before = view.revision();
            assertThat(mvc.perform(post("/actuator/rebuild")).andReturn().getResponse().getStatus()).isEqualTo(200);
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(view.revision()).isGreaterThan(before);
                assertThat(body("/actuator/health/readiness")).contains("\"articleLog\":{\"status\":\"UP\"}");
                assertThat(view.checksum()).isEqualTo(checksum);
            });
        }
        assertThat(body("/api/articles/" + x)).contains("ฉบับที่สอง " + x);
    }

    @Test
    void onlyALiveFirstPublicationIsStreamedToReadersNotImportsOrUpdates() throws Exception {
        long imported = IDS.incrementAndGet();
        long fresh = IDS.incrementAndGet();
        await().atMost(WAIT).until(catchUp::isCaughtUp);
        MvcResult stream = mvc.perform(get("/api/alerts/stream")).andReturn();
        assertThat(stream.getRequest().isAsyncStarted()).isTrue();

        log.send(story(imported).imported().publishedAt(Instant.parse("2018-03-01T00:00:00Z")).published(),
                story(fresh).title("ข่าวด่วน ไฟไหม้ตลาดเทศบาล " + fresh).published(),
                story(fresh).version(2).title("ข่าวด่วน ไฟไหม้ตลาดเทศบาล (อัปเดต) " + fresh).updated());

        await().atMost(WAIT).untilAsserted(() -> assertThat(view.byId(fresh))
                .hasValueSatisfying(s -> assertThat(s.version()).isEqualTo(2)));
        await().atMost(WAIT).untilAsserted(() -> assertThat(stream.getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
                .contains("event:article.published", "id:" + fresh, "ข่าวด่วน ไฟไหม้ตลาดเทศบาล " + fresh));
        String sent = stream.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(sent).doesNotContain("id:" + imported).doesNotContain("(อัปเดต)");
        assertThat(view.byId(imported)).isPresent();
        assertThat(body("/actuator/prometheus")).contains("localnews_feed_publish_visible_seconds_count",
                "localnews_feed_view_stories", "localnews_feed_dead_letters_total", "application=\"feed-service\"")
                .containsPattern("localnews_feed_publish_visible_seconds_count\\{[^}]*\\} [1-9]");
    }

    private String body(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }
}
