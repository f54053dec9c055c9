package th.localnews.feed.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.localnews.feed.support.ArticleMother.story;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import th.localnews.feed.support.ArticleLogProducer;
import th.localnews.feed.support.RecordedSpans;
import th.localnews.feed.view.ArticleView;
import th.localnews.testkit.IntegrationTest;

/** A live publication through the real broker: the view applies it in the publish's trace, and Prometheus shows it. */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(RecordedSpans.Configuration.class)
class ArticleLogObservabilityIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    ArticleView view;

    @Autowired
    CatchUp catchUp;

    @Autowired
    RecordedSpans spans;

    @Test
    void theViewAppliesAPublicationInThePublishersTraceAndPrometheusShowsTheNewsFlow() throws Exception {
        await().atMost(WAIT).until(catchUp::isCaughtUp);
        long id = System.currentTimeMillis() % 1_000_000 * 1_000 + 700;
        String traceId = hex(16);
        String producerSpanId = hex(8);
        try (ArticleLogProducer log = new ArticleLogProducer()) {
            log.send(story(id).publishedAt(Instant.now().minusMillis(250)).published(),
                    "00-" + traceId + "-" + producerSpanId + "-01");
        }

        await().atMost(WAIT).untilAsserted(() -> assertThat(view.byId(id)).isPresent());
        await().atMost(WAIT).untilAsserted(() -> assertThat(spans.named("article-events apply"))
                .as("the view changed in a span of the publish's trace, a child of the record's producer span")
                .contains(new RecordedSpans.Ended("article-events apply", traceId, producerSpanId)));
        assertThat(spans.inTrace(traceId)).extracting(RecordedSpans.Ended::name)
                .as("spring-kafka's own per-record observation continues the trace too")
                .contains("article-events process");

        assertThat(get("/api/search?q=" + URLEncoder.encode("ขอนแก่น", StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(200);
        // meters are recorded as the observations stop, a moment after the view shows the story
        await().atMost(WAIT).untilAsserted(() -> assertThat(get("/actuator/prometheus").body())
                .contains("application=\"feed-service\"")
                .containsPattern("localnews_feed_publish_visible_seconds_count\\{[^}]*\\} [1-9]")
                .containsPattern("localnews_feed_publish_visible_seconds_bucket\\{[^}]*le=\"[0-9.]+\"")
                .containsPattern("localnews_feed_events_total\\{[^}]*outcome=\"shown\"[^}]*\\} [1-9]")
                .containsPattern("localnews_feed_apply_seconds_count\\{[^}]*\\} [1-9]")
                .contains("localnews_feed_view_stories", "localnews_feed_dead_letters_total")
                // per-partition records_lag{topic,partition} joins within Micrometer's 60 s metric refresh; the
                // client-wide maximum is there from the start
                .containsPattern("kafka_consumer_fetch_manager_records_lag_max\\{[^}]*client_id=\"consumer-article-log-1\"")
                .containsPattern("kafka_consumer_fetch_manager_records_consumed_total\\{[^}]*"
                        + "spring_id=\"articleLogConsumerFactory.consumer-article-log-1\"[^}]*\\} [1-9]")
                .containsPattern("spring_kafka_listener_seconds_count\\{[^}]*messaging_source_name=\"article-events\"")
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/search\""));
        assertThat(get("/actuator/prometheus").body())
                .as("one set of tag keys on the listener timer, none of the legacy timer's")
                .doesNotContainPattern("spring_kafka_listener_seconds_count\\{[^}]*result=");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
