package th.localnews.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import th.localnews.events.ArticlePublished;
import th.localnews.notification.NotificationIntegrationTest;
import th.localnews.notification.Stories;
import th.localnews.notification.channel.Alert;
import th.localnews.testkit.KafkaInfrastructure;
import th.localnews.testkit.fakes.WebhookReceiver;

/**
 * Guard rails and failure handling with small limits: three alerts per eight seconds, digests checked every
 * half second, a subscription disabled after two failed alerts in a row. Its own application context.
 */
@TestPropertySource(properties = {
        "notification.guard.max-per-window=3",
        "notification.guard.window=8s",
        "notification.guard.digest-interval=500ms",
        "notification.failures.max-consecutive=2",
        // one alert per record, as this test writes them, so a poll takes up to 64 records and the six alerts of
        // alertsPolledTogether... come in one
        "notification.dispatch.alerts-per-record=1"
})
class GuardRailsIT extends NotificationIntegrationTest {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private static WebhookReceiver receiver;

    @BeforeAll
    static void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    private Map<String, Object> webhook(String hook, String tag, String extra) throws Exception {
        Map<String, Object> created = subscribe("{\"channel\": \"webhook\", \"url\": \"" + receiver.url(hook) + "\", "
                + "\"interests\": {\"tags\": [\"" + tag + "\"]}" + extra + "}");
        receiver.trust(hook, (String) created.get("secret"));
        return created;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> messages(String hook, String type) {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (WebhookReceiver.Delivery delivery : receiver.deliveries(hook)) {
            Map<String, Object> message = json.readValue(delivery.body(), Map.class);
            if (type.equals(message.get("type"))) {
                messages.add((Map<String, Object>) message.get("data"));
            }
        }
        return messages;
    }

    private String ledgerStatus(Object subscription, long articleId) {
        return jdbc.queryForList("SELECT status FROM delivery WHERE subscription_id = ? AND article_id = ?",
                String.class, UUID.fromString(subscription.toString()), articleId).stream().findFirst().orElse("none");
    }

    @Test
    void storiesOverTheCapAreFoldedIntoExactlyOneDigest() throws Exception {
        String tag = "cap-" + UUID.randomUUID();
        String hook = "cap-" + UUID.randomUUID();
        webhook(hook, tag, "");
        List<ArticlePublished> stories = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            stories.add(Stories.story(newArticleId()).tags(tag).title("ข่าวลำดับที่ " + i + " " + tag).published());
        }

        publish(stories.toArray(ArticlePublished[]::new));

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            assertThat(messages(hook, "article.published")).hasSize(3);
            assertThat(messages(hook, "alerts.digest")).hasSize(1);
        });
        List<Object> alerted = messages(hook, "article.published").stream().map(story -> story.get("title")).toList();
        String digest = (String) messages(hook, "alerts.digest").get(0).get("summary");
        List<String> heldBack = stories.stream().map(story -> story.article().title())
                .filter(title -> !alerted.contains(title)).toList();
        assertThat(heldBack).hasSize(2);
        assertThat(digest).contains(heldBack).doesNotContain((String) alerted.get(0));
        assertThat(messages(hook, "alerts.digest").get(0).get("title")).isEqualTo("สรุปข่าวที่พักไว้ 2 เรื่อง");
        // the job keeps running every half second: the digest must not go out again
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(receiver.deliveries(hook)).hasSize(4));
    }

    @Test
    void alertsPolledTogetherGoOutInOrderUpToTheCapAndTheRestAreHeldBack() throws Exception {
        String tag = "batch-" + UUID.randomUUID();
        String hook = "batch-" + UUID.randomUUID();
        String otherHook = "batch-other-" + UUID.randomUUID();
        UUID subscription = UUID.fromString((String) webhook(hook, tag, "").get("id"));
        UUID other = UUID.fromString((String) webhook(otherHook, tag, "").get("id"));
        List<Alert> alerts = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            alerts.add(alert(subscription, "ข่าวชุดเดียวกันลำดับที่ " + i));
        }
        Alert otherAlert = alert(other, "ข่าวของผู้รับอีกราย");

        // straight onto the dispatch topic in one flush, so the consumer polls them in one batch
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaInfrastructure.bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 100), new StringSerializer(), new StringSerializer())) {
            for (Alert alert : alerts) {
                producer.send(dispatchRecord(alert));
            }
            producer.send(dispatchRecord(otherAlert));
            producer.flush();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(messages(hook, "article.published")).hasSize(3);
            assertThat(messages(otherHook, "article.published")).hasSize(1);
            assertThat(ledgerStatus(subscription, alerts.get(3).articleId())).isIn("deferred", "digested");
            assertThat(ledgerStatus(subscription, alerts.get(4).articleId())).isIn("deferred", "digested");
        });
        assertThat(messages(hook, "article.published")).extracting(story -> story.get("title"))
                .containsExactly(alerts.get(0).title(), alerts.get(1).title(), alerts.get(2).title());
        assertThat(receiver.deliveries(hook).subList(0, 3)).extracting(WebhookReceiver.Delivery::webhookId)
                .containsExactly(alerts.subList(0, 3).stream()
                        .map(alert -> DeliveryLedger.deliveryId(subscription, alert.articleId())).toArray(String[]::new));
        for (Alert alert : alerts.subList(0, 3)) {
            assertThat(ledgerStatus(subscription, alert.articleId())).isEqualTo("delivered");
        }
    }

    private static Alert alert(UUID subscription, String title) {
        return new Alert(subscription, newArticleId(), title, "สรุป", "https://localnews.example/articles/x",
                "local-government", List.of("TH-40"), false, Instant.now());
    }

    private ProducerRecord<String, String> dispatchRecord(Alert alert) {
        return new ProducerRecord<>("notification-dispatch", alert.subscriptionId().toString(),
                json.writeValueAsString(alert));
    }

    @Test
    void quietHoursHoldBackOrdinaryStoriesButLetBreakingNewsThrough() throws Exception {
        String tag = "quiet-" + UUID.randomUUID();
        String hook = "quiet-" + UUID.randomUUID();
        LocalTime bangkokNow = LocalTime.now(ZoneId.of("Asia/Bangkok"));
        Map<String, Object> created = webhook(hook, tag, ", \"quietHours\": {\"start\": \""
                + bangkokNow.minusHours(1).format(HH_MM) + "\", \"end\": \"" + bangkokNow.plusHours(1).format(HH_MM) + "\"}");
        ArticlePublished ordinary = Stories.story(newArticleId()).tags(tag).published();
        ArticlePublished breaking = Stories.story(newArticleId()).tags(tag).breaking().published();

        publish(ordinary, breaking);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(messages(hook, "article.published")).singleElement()
                    .satisfies(story -> assertThat(((Number) story.get("articleId")).longValue())
                            .isEqualTo(breaking.articleId()));
            assertThat(ledgerStatus(created.get("id"), ordinary.articleId())).isEqualTo("deferred");
        });
        assertThat(messages(hook, "alerts.digest")).isEmpty();
    }

    @Test
    void backlogGaugeReportsDeferredAlertsFromTheLedger() throws Exception {
        String tag = "backlog-" + UUID.randomUUID();
        String hook = "backlog-" + UUID.randomUUID();
        LocalTime bangkokNow = LocalTime.now(ZoneId.of("Asia/Bangkok"));
        Map<String, Object> created = webhook(hook, tag, ", \"quietHours\": {\"start\": \""
                + bangkokNow.minusHours(1).format(HH_MM) + "\", \"end\": \"" + bangkokNow.plusHours(1).format(HH_MM) + "\"}");
        ArticlePublished held = Stories.story(newArticleId()).tags(tag).published();

        publish(held);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ledgerStatus(created.get("id"), held.articleId())).isEqualTo("deferred"));
        // the gauge reuses its count for a few seconds, so it catches up with the ledger within that time
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            double deferred = jdbc.queryForObject("SELECT count(*) FROM delivery WHERE status = 'deferred'",
                    Double.class);
            assertThat(backlog("deferred")).isGreaterThanOrEqualTo(1).isEqualTo(deferred);
        });
        assertThat(backlog("sending")).isGreaterThanOrEqualTo(0);
    }

    private double backlog(String state) throws Exception {
        HttpResponse<String> scrape = send("GET", "/actuator/prometheus", null, null);
        assertThat(scrape.statusCode()).isEqualTo(200);
        return scrape.body().lines()
                .filter(line -> line.startsWith("notification_backlog{") && line.contains("state=\"" + state + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no notification_backlog for " + state));
    }

    @Test
    void endpointThatKeepsFailingIsDisabledWithAReasonItsOwnerCanRead() throws Exception {
        String tag = "failing-" + UUID.randomUUID();
        String hook = "failing-" + UUID.randomUUID();
        Map<String, Object> created = webhook(hook, tag, "");
        UUID id = UUID.fromString((String) created.get("id"));
        receiver.respondWith(hook, 500);
        publish(Stories.story(newArticleId()).tags(tag).published());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(streak(id)).isEqualTo(1));

        receiver.respondWith(hook, 200);
        publish(Stories.story(newArticleId()).tags(tag).published());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(streak(id)).isZero());

        receiver.respondWith(hook, 500);
        publish(Stories.story(newArticleId()).tags(tag).published());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(streak(id)).isEqualTo(1));
        assertThat(status(id, created)).containsEntry("status", "active");
        publish(Stories.story(newArticleId()).tags(tag).published());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(id, created))
                .containsEntry("status", "disabled"));
        assertThat((String) status(id, created).get("disabledReason"))
                .startsWith("ปิดการแจ้งเตือนอัตโนมัติ: ปลายทางตอบกลับผิดพลาดต่อเนื่องตั้งแต่")
                .contains("Disabled automatically").contains("2 in a row").contains("HTTP 500");
        assertThat(status(id, created).get("disabledAt")).isNotNull();
    }

    @Test
    void digestLeftSendingByACrashIsResentWithTheSameDeliveryId() throws Exception {
        String hook = "stale-" + UUID.randomUUID();
        UUID subscription = UUID.fromString((String) webhook(hook, "stale-" + UUID.randomUUID(), "").get("id"));
        UUID digest = UUID.randomUUID();
        long articleId = newArticleId();
        Alert held = new Alert(subscription, articleId, "ข่าวที่ค้างอยู่ในสรุป", "สรุป", "https://localnews.example/articles/x",
                "local-government", List.of("TH-40"), false, Instant.now());
        jdbc.update("INSERT INTO digest (id, subscription_id, stories, status, created_at)"
                + " VALUES (?, ?, 1, 'sending', now() - interval '20 minutes')", digest, subscription);
        jdbc.update("INSERT INTO delivery (subscription_id, article_id, delivery_id, status, deferred_alert, digest_id)"
                + " VALUES (?, ?, ?, 'digested', ?, ?)", subscription, articleId,
                DeliveryLedger.deliveryId(subscription, articleId), json.writeValueAsString(held), digest);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT status FROM digest WHERE id = ?", String.class, digest)).isEqualTo("delivered"));
        assertThat(receiver.deliveries(hook)).singleElement().satisfies(delivery -> {
            assertThat(delivery.webhookId()).isEqualTo("dig_" + digest.toString().replace("-", ""));
            assertThat(delivery.body()).contains("ข่าวที่ค้างอยู่ในสรุป");
        });
    }

    private int streak(UUID id) {
        return jdbc.queryForObject("SELECT failure_streak FROM subscription WHERE id = ?", Integer.class, id);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> status(UUID id, Map<String, Object> created) throws Exception {
        HttpResponse<String> read = send("GET", "/api/subscriptions/" + id, null, (String) created.get("manageToken"));
        assertThat(read.statusCode()).isEqualTo(200);
        return json.readValue(read.body(), Map.class);
    }
}
