package th.localnews.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;
import th.localnews.events.ArticlePublished;
import th.localnews.notification.NotificationIntegrationTest;
import th.localnews.notification.Stories;
import th.localnews.testkit.fakes.PushService;
import th.localnews.testkit.fakes.WebhookReceiver;

/** From a published story on the article log to verified webhook calls and decrypted pushes. */
class AlertFlowIT extends NotificationIntegrationTest {

    private static WebhookReceiver receiver;
    private static PushService pushService;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void startPeers() {
        receiver = WebhookReceiver.start();
        pushService = PushService.start();
    }

    @AfterAll
    static void stopPeers() {
        receiver.close();
        pushService.close();
    }

    /** A tag no other test uses, so stories and subscriptions of one test never meet another's. */
    private static String uniqueTag() {
        return "tag-" + UUID.randomUUID();
    }

    private UUID webhook(String hook, String interests) throws Exception {
        Map<String, Object> created = subscribe("{\"channel\": \"webhook\", \"url\": \"" + receiver.url(hook) + "\", "
                + "\"interests\": " + interests + "}");
        receiver.trust(hook, (String) created.get("secret"));
        return UUID.fromString((String) created.get("id"));
    }

    private UUID push(PushService.Subscriber subscriber, String interests) throws Exception {
        Map<String, Object> created = subscribe("{\"channel\": \"webpush\", \"subscription\": {\"endpoint\": \""
                + subscriber.endpoint() + "\", \"keys\": {\"p256dh\": \"" + subscriber.p256dh() + "\", \"auth\": \""
                + subscriber.auth() + "\"}}, \"interests\": " + interests + "}");
        return UUID.fromString((String) created.get("id"));
    }

    private static String tagged(String tag) {
        return "{\"tags\": [\"" + tag + "\"]}";
    }

    private long webhookDeliveries(String hook, long articleId) {
        return receiver.deliveries(hook).stream().filter(delivery -> delivery.body().contains("\"articleId\":" + articleId))
                .count();
    }

    private long pushDeliveries(PushService.Subscriber subscriber, long articleId) {
        return pushService.deliveries(subscriber.id()).stream()
                .filter(delivery -> delivery.topic().equals("article-" + articleId)).count();
    }

    /** Publishes a story every subscriber of the tag wants and waits until the webhook has it. */
    private void publishSentinelAndAwait(String tag, String hook) throws Exception {
        ArticlePublished sentinel = Stories.story(newArticleId()).tags(tag).published();
        publish(sentinel);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(webhookDeliveries(hook, sentinel.articleId())).isEqualTo(1));
    }

    @Test
    void alertsEachMatchingSubscriberOnceOverWebhookAndWebPush() throws Exception {
        String hook = "province-" + UUID.randomUUID();
        UUID webhookSubscription = webhook(hook, "{\"provinces\": [\"TH-40\"], \"sections\": [\"never-used\"]}");
        PushService.Subscriber browser = pushService.newSubscriber();
        push(browser, "{\"keywords\": [\"น้ำท่วม\"]}");
        ArticlePublished story = Stories.story(newArticleId()).title("น้ำท่วมหนักในอำเภอเมืองขอนแก่น ชาวบ้านอพยพ")
                .provinces("TH-40").breaking().published();

        publish(story);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(receiver.deliveries(hook)).hasSize(1);
            assertThat(pushService.deliveries(browser.id())).hasSize(1);
        });
        WebhookReceiver.Delivery call = receiver.deliveries(hook).get(0);
        assertThat(call.webhookId()).isEqualTo(DeliveryLedger.deliveryId(webhookSubscription, story.articleId()));
        assertThat(json.readValue(call.body(), Map.class).get("data")).asString()
                .contains("น้ำท่วมหนักในอำเภอเมืองขอนแก่น").contains("breaking=true")
                .contains("https://localnews.example/articles/" + story.articleId() + "/");
        PushService.Delivery pushed = pushService.deliveries(browser.id()).get(0);
        assertThat(pushed.plaintext()).contains("น้ำท่วมหนักในอำเภอเมืองขอนแก่น");
        assertThat(pushed.urgency()).isEqualTo("high");
        assertThat(pushed.topic()).isEqualTo("article-" + story.articleId());
        assertThat(pushed.ttl()).isEqualTo("43200");
        assertThat(receiver.rejected()).isZero();
        assertThat(pushService.rejected()).isZero();
        // outcomes are counted once the alert's round is finished in the ledger, a moment after the receiver has it
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(meters.counter("notification.deliveries", "channel", "webpush", "outcome", "delivered").count())
                    .isGreaterThanOrEqualTo(1);
            assertThat(meters.find("notification.alert.latency").tag("channel", "webhook").timer()).isNotNull();
        });
    }

    @Test
    void redeliveredOrRepublishedStoryAlertsOnlyOnce() throws Exception {
        String tag = uniqueTag();
        String hook = "dedupe-" + UUID.randomUUID();
        webhook(hook, tagged(tag));
        PushService.Subscriber browser = pushService.newSubscriber();
        push(browser, tagged(tag));
        Stories.Builder builder = Stories.story(newArticleId()).tags(tag);
        ArticlePublished story = builder.published();
        ArticlePublished republished = builder.version(2).published();

        publish(story, story, republished);
        awaitHandled(story, republished);
        publishSentinelAndAwait(tag, hook);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pushService.deliveries(browser.id()))
                .hasSize(2));
        assertThat(webhookDeliveries(hook, story.articleId())).isEqualTo(1);
        assertThat(pushDeliveries(browser, story.articleId())).isEqualTo(1);
    }

    @Test
    void claimLeftSendingByACrashIsSentAgainUnderTheSameWebhookIdAndADeliveredOneIsNot() throws Exception {
        String tag = uniqueTag();
        String crashedHook = "crashed-" + UUID.randomUUID();
        String deliveredHook = "delivered-" + UUID.randomUUID();
        String freshHook = "fresh-" + UUID.randomUUID();
        UUID crashed = webhook(crashedHook, tagged(tag));
        UUID delivered = webhook(deliveredHook, tagged(tag));
        UUID fresh = webhook(freshHook, tagged(tag));
        ArticlePublished story = Stories.story(newArticleId()).tags(tag).published();
        // what a crash between the send and the finish leaves, and what a complete earlier delivery leaves
        String claimed = "INSERT INTO delivery (subscription_id, article_id, delivery_id, status, attempts) VALUES (?, ?, ?, ?, 1)";
        jdbc.update(claimed, crashed, story.articleId(), DeliveryLedger.deliveryId(crashed, story.articleId()), "sending");
        jdbc.update(claimed, delivered, story.articleId(), DeliveryLedger.deliveryId(delivered, story.articleId()),
                "delivered");

        publish(story);
        awaitHandled(story);
        publishSentinelAndAwait(tag, deliveredHook);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(webhookDeliveries(crashedHook, story.articleId())).isEqualTo(1);
            assertThat(webhookDeliveries(freshHook, story.articleId())).isEqualTo(1);
        });
        assertThat(webhookDeliveries(deliveredHook, story.articleId())).isZero();
        assertThat(receiver.deliveries(crashedHook)).filteredOn(call -> call.body().contains("\"articleId\":" + story.articleId()))
                .singleElement().satisfies(call -> assertThat(call.webhookId())
                        .isEqualTo(DeliveryLedger.deliveryId(crashed, story.articleId())));
        // the round's rows are finished just after its last send
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT subscription_id, status, attempts FROM delivery WHERE article_id = ?", story.articleId()))
                .extracting(row -> row.get("subscription_id") + " " + row.get("status") + " " + row.get("attempts"))
                .containsExactlyInAnyOrder(crashed + " delivered 2", delivered + " delivered 1", fresh + " delivered 1"));
    }

    @Test
    void importedUpdatedAndRetractedStoriesAlertNobody() throws Exception {
        String tag = uniqueTag();
        String hook = "silent-" + UUID.randomUUID();
        webhook(hook, tagged(tag));
        ArticlePublished imported = Stories.story(newArticleId()).tags(tag).imported().published();
        var updated = Stories.story(newArticleId()).tags(tag).version(2).updated();

        publish(imported, updated);
        awaitHandled(imported, updated);
        publishSentinelAndAwait(tag, hook);

        assertThat(receiver.deliveries(hook)).hasSize(1);
        assertThat(webhookDeliveries(hook, imported.articleId())).isZero();
        assertThat(webhookDeliveries(hook, updated.articleId())).isZero();
    }

    @Test
    void unsubscribedSubscriberGetsNothing() throws Exception {
        String tag = uniqueTag();
        String leaving = "leaving-" + UUID.randomUUID();
        String staying = "staying-" + UUID.randomUUID();
        Map<String, Object> gone = subscribe("{\"channel\": \"webhook\", \"url\": \"" + receiver.url(leaving) + "\", "
                + "\"interests\": " + tagged(tag) + "}");
        receiver.trust(leaving, (String) gone.get("secret"));
        webhook(staying, tagged(tag));

        assertThat(send("POST", "/api/unsubscribe?token=" + gone.get("manageToken"), "List-Unsubscribe=One-Click", null)
                .statusCode()).isEqualTo(204);
        publishSentinelAndAwait(tag, staying);

        assertThat(receiver.deliveries(leaving)).isEmpty();
    }

    @Test
    void webhookAnswering410IsDisabledAndNotCalledAgain() throws Exception {
        String tag = uniqueTag();
        String hook = "gone-" + UUID.randomUUID();
        UUID subscription = webhook(hook, tagged(tag));
        receiver.respondWith(hook, 410);

        publish(Stories.story(newArticleId()).tags(tag).published());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT status FROM subscription WHERE id = ?", String.class, subscription)).isEqualTo("disabled"));
        assertThat(jdbc.queryForObject("SELECT disabled_reason FROM subscription WHERE id = ?", String.class,
                subscription)).contains("ปิดการแจ้งเตือนอัตโนมัติ").contains("HTTP 410");
        ArticlePublished later = Stories.story(newArticleId()).tags(tag).published();
        publish(later);
        awaitHandled(later);
        assertThat(receiver.deliveries(hook)).hasSize(1);
    }

    @Test
    void pushSubscriptionTheServiceCallsGoneIsDisabledWithAReason() throws Exception {
        String tag = uniqueTag();
        PushService.Subscriber browser = pushService.newSubscriber();
        UUID subscription = push(browser, tagged(tag));
        pushService.respondWith(browser.id(), 410);

        publish(Stories.story(newArticleId()).tags(tag).published());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT status FROM subscription WHERE id = ?", String.class, subscription)).isEqualTo("disabled"));
        assertThat(jdbc.queryForObject("SELECT disabled_reason FROM subscription WHERE id = ?", String.class,
                subscription)).contains("ปิดการแจ้งเตือนอัตโนมัติ").contains("Disabled automatically").contains("410");
    }

    @Test
    void vapidTokenIsReusedAcrossPushes() throws Exception {
        String tag = uniqueTag();
        List<PushService.Subscriber> browsers = List.of(pushService.newSubscriber(), pushService.newSubscriber());
        for (PushService.Subscriber browser : browsers) {
            push(browser, tagged(tag));
        }

        publish(Stories.story(newArticleId()).tags(tag).published());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> browsers.forEach(browser ->
                assertThat(pushService.deliveries(browser.id())).hasSize(1)));
        assertThat(browsers.stream().map(browser -> pushService.deliveries(browser.id()).get(0).vapidToken()).distinct())
                .hasSize(1);
    }

    @Test
    void retriesATemporarilyFailingReceiverUnderTheSameWebhookId() throws Exception {
        String tag = uniqueTag();
        String hook = "flaky-" + UUID.randomUUID();
        UUID subscription = webhook(hook, tagged(tag));
        receiver.failNext(hook, 2, 503, "0");
        ArticlePublished story = Stories.story(newArticleId()).tags(tag).published();

        publish(story);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(receiver.deliveries(hook)).hasSize(1));
        String webhookId = DeliveryLedger.deliveryId(subscription, story.articleId());
        assertThat(receiver.deliveries(hook).get(0).webhookId()).isEqualTo(webhookId);
        assertThat(receiver.failedAttempts(webhookId)).isEqualTo(2);
    }

    @Test
    void alertThatKeepsFailingEndsInTheDeadLetterTopic() throws Exception {
        String tag = uniqueTag();
        String hook = "broken-" + UUID.randomUUID();
        UUID subscription = webhook(hook, tagged(tag));
        receiver.failNext(hook, 10, 500, null);
        ArticlePublished story = Stories.story(newArticleId()).tags(tag).published();

        publish(story);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLetters("notification-dispatch.DLT"))
                .anySatisfy(record -> {
                    assertThat(record.key()).isEqualTo(subscription.toString());
                    assertThat(new String(record.value(), StandardCharsets.UTF_8))
                            .contains("\"articleId\":" + story.articleId());
                }));
        assertThat(jdbc.queryForObject("SELECT status FROM delivery WHERE subscription_id = ? AND article_id = ?",
                String.class, subscription, story.articleId())).isEqualTo("failed");
        assertThat(receiver.deliveries(hook)).isEmpty();
    }

    @Test
    void malformedArticleEventIsDeadLetteredAndDoesNotBlockTheLog() throws Exception {
        String tag = uniqueTag();
        String hook = "after-poison-" + UUID.randomUUID();
        webhook(hook, tagged(tag));
        String poison = "not a cloud event " + UUID.randomUUID();

        publishRaw(poison);
        publishSentinelAndAwait(tag, hook);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLetters("article-events.DLT"))
                .anySatisfy(record -> assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(poison)));
    }

    @Test
    void storyPublishedLongAgoAlertsNobodyWhenTheLogIsReplayed() throws Exception {
        String tag = uniqueTag();
        String hook = "replay-" + UUID.randomUUID();
        webhook(hook, tagged(tag));
        ArticlePublished old = Stories.story(newArticleId()).tags(tag)
                .publishedAt(java.time.Instant.now().minus(Duration.ofHours(7))).published();

        publish(old);
        awaitHandled(old);
        publishSentinelAndAwait(tag, hook);

        assertThat(webhookDeliveries(hook, old.articleId())).isZero();
    }
}
