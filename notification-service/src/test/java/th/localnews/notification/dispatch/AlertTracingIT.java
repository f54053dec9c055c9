package th.localnews.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.localnews.events.ArticlePublished;
import th.localnews.notification.NotificationIntegrationTest;
import th.localnews.notification.Stories;
import th.localnews.testkit.fakes.WebhookReceiver;

/** One trace from the article event through the dispatch topic to the subscriber's webhook; what Prometheus shows. */
class AlertTracingIT extends NotificationIntegrationTest {

    private static WebhookReceiver receiver;

    @BeforeAll
    static void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void theWebhookCallCarriesThePublishsTraceIdAndPrometheusShowsTheDelivery() throws Exception {
        String tag = "trace-" + UUID.randomUUID();
        String hook = "traced-" + UUID.randomUUID();
        Map<String, Object> created = subscribe("{\"channel\": \"webhook\", \"url\": \"" + receiver.url(hook)
                + "\", \"interests\": {\"tags\": [\"" + tag + "\"]}}");
        receiver.trust(hook, (String) created.get("secret"));
        String traceId = hex(16);
        String relaySpanId = hex(8);
        ArticlePublished story = Stories.story(newArticleId()).tags(tag).published();

        publish(story, "00-" + traceId + "-" + relaySpanId + "-01");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(receiver.deliveries(hook)).hasSize(1));
        assertThat(receiver.deliveries(hook).get(0).traceparent())
                .as("a span of this service in the publish's trace, not the incoming record's own span")
                .matches("00-" + traceId + "-[0-9a-f]{16}-01")
                .doesNotContain(relaySpanId);

        // outcomes and timers are recorded after the receiver has answered
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scrape())
                .contains("application=\"notification-service\"")
                .containsPattern("notification_deliveries_total\\{[^}]*channel=\"webhook\"[^}]*outcome=\"delivered\"[^}]*\\} [1-9]")
                .containsPattern("notification_alert_latency_seconds_bucket\\{[^}]*channel=\"webhook\"")
                .containsPattern("notification_fanout_seconds_count\\{[^}]*\\} [1-9]")
                .containsPattern("notification_fanout_seconds_bucket\\{")
                .containsPattern("notification_alerts_planned_total\\{[^}]*\\} [1-9]")
                .containsPattern("notification_delivery_seconds_count\\{[^}]*\\} [1-9]")
                .containsPattern("notification_dispatch_seconds_count\\{[^}]*\\} [1-9]")
                .containsPattern("kafka_consumer_fetch_manager_records_lag_max\\{")
                .containsPattern("spring_kafka_listener_seconds_count\\{[^}]*messaging_source_name=\"article-events\"")
                .containsPattern("spring_kafka_listener_seconds_count\\{[^}]*messaging_source_name=\"notification-dispatch\""));
        assertThat(scrape()).as("the batch listener no longer registers the legacy timer's clashing tags")
                .doesNotContainPattern("spring_kafka_listener_seconds_count\\{[^}]*result=");
    }

    private String scrape() throws Exception {
        return send("GET", "/actuator/prometheus", null, null).body();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
