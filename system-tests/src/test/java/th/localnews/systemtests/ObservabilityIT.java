package th.localnews.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.localnews.localstack.SuiteControl;
import th.localnews.testkit.fakes.WebhookReceiver;

/**
 * Issue "Step 7": one publish, made through the gateway with a known W3C trace context, is followed by the same
 * trace id into feed-service (the log line of the view change) and to the subscriber's webhook request; and every
 * service's Prometheus endpoint shows its business metrics, tagged with its name, with values the publish explains.
 */
@ExtendWith(Suite.class)
class ObservabilityIT {

    @Test
    void oneTraceRunsFromPublishToFeedAndToTheSubscriberAndEveryServiceShowsItsMetrics(Suite.Running suite)
            throws Exception {
        String tag = "obs-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] traceBytes = new byte[16];
        new SecureRandom().nextBytes(traceBytes);
        String traceId = HexFormat.of().formatHex(traceBytes);
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Http.Answer subscription = Newsroom.expect(Http.postJson(suite.control.url("notification-service")
                    + "/api/subscriptions", Map.of("channel", "webhook", "url", receiver.url("traced"),
                    "interests", Map.of("all", false, "tags", List.of(tag)))), 201);
            receiver.trust("traced", subscription.json().get("secret").asString());
            long id = Newsroom.expect(suite.newsroom.create(Newsroom.story("ข่าวติดตามร่องรอย " + tag, tag, false)),
                    201).json().get("id").asLong();

            Newsroom.expect(Http.send(HttpRequest.newBuilder(URI.create(suite.control.publicUrl()
                            + "/api/newsroom/articles/" + id + "/publish"))
                    .header("Authorization", "Bearer " + suite.newsroom.token())
                    .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                    .POST(HttpRequest.BodyPublishers.noBody())), 200);

            await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                    assertThat(receiver.deliveries("traced")).singleElement().satisfies(delivery ->
                            assertThat(delivery.traceparent()).as("the webhook request's traceparent")
                                    .startsWith("00-" + traceId + "-")));
            Path feedLog = suite.control.logs().resolve("feed-service.log");
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                    assertThat(linesWith(feedLog, "Article " + id + " version")).as("feed-service's view change")
                            .anySatisfy(line -> assertThat(line).contains(traceId)));
        }

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            String article = scrape(suite, "article-service");
            assertThat(value(article, "newsroom_events_sent_total", "type=\"published\"")).isGreaterThanOrEqualTo(1);
            String feed = scrape(suite, "feed-service");
            assertThat(value(feed, "localnews_feed_publish_visible_seconds_count", "")).isGreaterThanOrEqualTo(1);
            assertThat(value(feed, "localnews_feed_view_stories", "")).isGreaterThanOrEqualTo(1);
            String notification = scrape(suite, "notification-service");
            assertThat(value(notification, "notification_deliveries_total",
                    "channel=\"webhook\",outcome=\"delivered\"")).isGreaterThanOrEqualTo(1);
            assertThat(value(notification, "notification_fanout_seconds_count", "")).isGreaterThanOrEqualTo(1);
        });
        for (String service : SuiteControl.SERVICES) {
            assertThat(scrape(suite, service)).as(service)
                    .contains("application=\"" + service + "\"")
                    .contains("jvm_memory_used_bytes");
        }
        assertThat(value(scrape(suite, "gateway"), "http_server_requests_seconds_count", "")).isGreaterThan(0);
    }

    private static String scrape(Suite.Running suite, String service) {
        return Newsroom.expect(Http.get(suite.control.url(service) + "/actuator/prometheus"), 200).body();
    }

    /** The sum of a metric's samples whose labels contain {@code labels} (all of them when it is empty). */
    private static double value(String scrape, String metric, String labels) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
        double sum = 0;
        while (sample.find()) {
            if (sample.group(1).contains(labels)) {
                sum += Double.parseDouble(sample.group(2));
            }
        }
        return sum;
    }

    private static List<String> linesWith(Path log, String text) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).toList();
        }
    }
}
