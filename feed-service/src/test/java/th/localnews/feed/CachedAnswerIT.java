package th.localnews.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.localnews.feed.support.ArticleMother.story;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

import th.localnews.feed.support.ArticleLogProducer;
import th.localnews.feed.view.ArticleView;
import th.localnews.testkit.IntegrationTest;

/**
 * The same request line gets the same answer a second time without Spring MVC (CachedAnswerFilter), byte for byte
 * and header for header, until the view changes; whatever the filter cannot answer exactly goes through MVC.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CachedAnswerIT {

    /** What differs between any two responses. */
    private static final List<String> PER_RESPONSE = List.of("date", "connection", "keep-alive");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ArticleView view;

    @Autowired
    MeterRegistry meters;

    @Test
    void aSecondAskingGetsTheSameBytesAndHeadersUntilTheViewChanges() throws Exception {
        long first = publish("ถนนมิตรภาพช่วงเข้าเมืองขอนแก่นเปิดใช้แล้ว");
        for (String path : new String[] {"/api/articles", "/api/articles?section=local-government&limit=5",
                "/api/articles/" + first, "/rss.xml", "/sitemap.xml", "/api/search?q=ขอนแก่น"}) {
            double before = given();
            HttpResponse<byte[]> throughMvc = get(path, Map.of());
            HttpResponse<byte[]> again = get(path, Map.of());

            assertThat(throughMvc.statusCode()).as(path).isEqualTo(200);
            assertThat(given() - before).as("%s answered again without MVC", path).isEqualTo(1);
            assertThat(again.statusCode()).as(path).isEqualTo(200);
            assertThat(again.body()).as(path).isEqualTo(throughMvc.body());
            assertThat(headers(again)).as(path).isEqualTo(headers(throughMvc));

            HttpResponse<byte[]> revalidated = get(path, Map.of(HttpHeaders.IF_NONE_MATCH,
                    throughMvc.headers().firstValue(HttpHeaders.ETAG).orElseThrow()));
            assertThat(revalidated.statusCode()).as(path).isEqualTo(304);
            assertThat(revalidated.body()).as(path).isEmpty();
            assertThat(revalidated.headers().firstValue(HttpHeaders.CACHE_CONTROL))
                    .isEqualTo(throughMvc.headers().firstValue(HttpHeaders.CACHE_CONTROL));
            assertThat(given() - before).as(path).isEqualTo(2);
        }

        String home = new String(get("/api/articles", Map.of()).body(), StandardCharsets.UTF_8);
        long second = publish("อบจ.ขอนแก่นเปิดสะพานข้ามแยกใหม่");
        String after = new String(get("/api/articles", Map.of()).body(), StandardCharsets.UTF_8);
        assertThat(home).doesNotContain("\"id\":" + second);
        assertThat(after).as("a new revision of the view is rendered again").contains("\"id\":" + second);
    }

    @Test
    void whatTheFilterCannotAnswerExactlyGoesThroughMvcEveryTime() throws Exception {
        publish("เทศบาลนครขอนแก่นจัดงานลอยกระทง");
        get("/api/articles", Map.of());
        double before = given();
        for (int i = 0; i < 2; i++) {
            assertThat(get("/api/articles?limit=0", Map.of()).statusCode()).isEqualTo(400);
            assertThat(get("/api/articles?section=sport-no-such", Map.of()).statusCode()).isEqualTo(400);
            // a precondition the filter leaves to MVC, whatever MVC makes of it
            assertThat(get("/api/articles", Map.of(HttpHeaders.IF_MATCH, "\"nothing-like-it\"")).statusCode())
                    .isEqualTo(200);
        }
        assertThat(given()).isEqualTo(before);
        assertThat(get("/api/articles", Map.of(HttpHeaders.ACCEPT, "application/xml")).statusCode())
                .as("the controllers set the content type, so MVC sends JSON whatever was asked for, and so does the filter")
                .isEqualTo(200);
        assertThat(given() - before).isEqualTo(1);
        assertThat(new String(get("/actuator/prometheus", Map.of()).body(), StandardCharsets.UTF_8))
                .as("answers given by the filter are timed under their route, as MVC's are")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*uri=\"/api/articles\"")
                .doesNotContainPattern("http_server_requests_seconds_count\\{[^}]*uri=\"UNKNOWN\"");
    }

    private long publish(String title) {
        long id = System.nanoTime() % 1_000_000_000L * 10 + 3;
        try (ArticleLogProducer log = new ArticleLogProducer()) {
            log.send(story(id).title(title).section("local-government").publishedAt(Instant.now().minusSeconds(5))
                    .published());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> view.byId(id).isPresent());
        return id;
    }

    private double given() {
        return meters.get("localnews.feed.cached.answers").counter().count();
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + path.replace("ขอนแก่น", "%E0%B8%82%E0%B8%AD%E0%B8%99%E0%B9%81%E0%B8%81%E0%B9%88%E0%B8%99")));
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> picked = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!PER_RESPONSE.contains(name.toLowerCase())) {
                picked.put(name.toLowerCase(), values);
            }
        });
        return picked;
    }
}
