package th.localnews.article.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.localnews.article.support.ArticleEventLog;
import th.localnews.article.support.NewsroomApi;
import th.localnews.article.support.NewsroomIntegrationTest;
import th.localnews.article.support.TestTokens;

@NewsroomIntegrationTest
class OutboxTracePropagationIT {

    private static final Duration EVENT_WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRecordOfAPublishCarriesTheTraceIdOfThePublishRequest() throws Exception {
        NewsroomApi api = new NewsroomApi(port);
        long id = api.create(NewsroomApi.story("อบต.หนองบัวจัดงานบุญบั้งไฟ")).id();
        String traceId = randomHex(16);
        String callerSpanId = randomHex(8);

        NewsroomApi.Response published = api.send("POST", "/api/newsroom/articles/" + id + "/publish",
                TestTokens.editor(), null, null, null, Map.of("traceparent", "00-" + traceId + "-" + callerSpanId + "-01"));
        assertThat(published.status()).isEqualTo(200);

        String stored = jdbc.sql("SELECT trace_context->>'traceparent' FROM outbox_event WHERE aggregate_id = ?")
                .param(Long.toString(id)).query(String.class).single();
        assertThat(stored).as("the outbox row keeps the request's context").contains(traceId);
        await().atMost(EVENT_WAIT).untilAsserted(() -> assertThat(ArticleEventLog.traceparentsOf(id)).hasSize(1));
        String onTheRecord = ArticleEventLog.traceparentsOf(id).get(0);
        assertThat(onTheRecord).as("the record is a child in the same trace, not the caller's span itself")
                .matches("00-" + traceId + "-[0-9a-f]{16}-01")
                .doesNotContain(callerSpanId);

        // the counters move after the broker's ack and the outbox update, a moment after the record is readable
        await().atMost(EVENT_WAIT).untilAsserted(() -> assertThat(scrape())
                .containsPattern("newsroom_events_sent_total\\{[^}]*type=\"published\"[^}]*\\} [1-9]")
                .contains("application=\"article-service\"")
                .containsPattern("newsroom_outbox_relay_seconds_count\\{[^}]*event_type=\"published\"[^}]*\\} [1-9]")
                .contains("newsroom_outbox_pending", "newsroom_outbox_oldest_pending_age_seconds")
                .containsPattern("spring_kafka_template_seconds_count\\{[^}]*\\} [1-9]"));
    }

    @Test
    void aChangeWithoutAnIncomingTraceStillGetsATraceOfItsOwnOnTheRecord() {
        NewsroomApi api = new NewsroomApi(port);
        long id = api.create(NewsroomApi.story("เทศบาลเมืองพัทยาปรับปรุงชายหาด")).id();
        api.publish(id);

        await().atMost(EVENT_WAIT).untilAsserted(() -> assertThat(ArticleEventLog.traceparentsOf(id)).hasSize(1));
        assertThat(ArticleEventLog.traceparentsOf(id).get(0)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    private String scrape() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
