package th.localnews.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import th.localnews.events.ArticleEvent;
import th.localnews.events.ArticleEventSerializer;
import th.localnews.events.ArticleEventTopics;
import th.localnews.events.ArticlePublished;
import th.localnews.notification.NotificationServiceApplication;
import th.localnews.notification.Stories;
import th.localnews.testkit.PostgresInfrastructure.DatabaseConnection;
import th.localnews.testkit.KafkaInfrastructure;
import th.localnews.testkit.PostgresInfrastructure;
import th.localnews.testkit.fakes.WebhookReceiver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service is stopped in the middle of a fan-out and started again on the same database, Kafka topic and
 * consumer group: every subscriber gets the story, and a second request for the same subscriber carries the
 * same webhook-id. Builds its own two application contexts (not the shared test context) because the group
 * must survive the restart; the receiver answers slowly so the stop lands mid-way.
 */
class FanOutSurvivesRestartIT {

    private static final Logger log = LoggerFactory.getLogger(FanOutSurvivesRestartIT.class);
    // more than the three dispatch consumers hold in their batches at once (3 x 64), so the stop lands mid-way
    private static final int SUBSCRIBERS = 400;
    private static final Duration RESPONSE_DELAY = Duration.ofMillis(250);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final DatabaseConnection database = PostgresInfrastructure.createDatabase("restart");
    private final JdbcTemplate jdbc = new JdbcTemplate(
            new DriverManagerDataSource(database.url(), database.username(), database.password()));
    private WebhookReceiver receiver;
    private SlowProxy slow;
    private ConfigurableApplicationContext running;

    @BeforeEach
    void startReceiver() {
        receiver = WebhookReceiver.start();
        slow = new SlowProxy(receiver, RESPONSE_DELAY);
    }

    @AfterEach
    void stopEverything() {
        if (running != null) {
            running.close();
        }
        slow.close();
        receiver.close();
    }

    @Test
    void everySubscriberIsAlertedOnceAcrossARestartMidFanOut() throws Exception {
        running = start();
        String tag = "restart-" + run;
        Map<String, UUID> subscriptionByHook = subscribeAll(port(running), tag);
        ArticlePublished story = Stories.story(System.currentTimeMillis() % 1_000_000_000L).tags(tag).published();

        publish(story);
        await().atMost(Duration.ofSeconds(30)).until(() -> accepted(subscriptionByHook.keySet()).size() >= 20);
        running.close();
        running = null;
        int acceptedAtStop = accepted(subscriptionByHook.keySet()).size();
        int inFlightAtStop = jdbc.queryForObject("SELECT count(*) FROM delivery WHERE status = 'sending'",
                Integer.class);
        assertThat(acceptedAtStop).as("the stop must land mid-way").isLessThan(SUBSCRIBERS);

        running = start();
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM delivery WHERE article_id = ? AND status = 'delivered'", Integer.class,
                story.articleId())).isEqualTo(SUBSCRIBERS));

        List<WebhookReceiver.Delivery> deliveries = accepted(subscriptionByHook.keySet());
        Set<String> distinctIds = new HashSet<>();
        deliveries.forEach(delivery -> distinctIds.add(delivery.webhookId()));
        int resends = deliveries.size() - distinctIds.size();
        log.info("Restart mid fan-out: {} accepted before the stop, {} in flight at the stop, {} re-sends after it",
                acceptedAtStop, inFlightAtStop, resends);
        assertThat(distinctIds).hasSize(SUBSCRIBERS);
        subscriptionByHook.forEach((hook, subscription) -> assertThat(receiver.deliveries(hook))
                .as(hook).isNotEmpty()
                .allSatisfy(delivery -> assertThat(delivery.webhookId())
                        .isEqualTo(DeliveryLedger.deliveryId(subscription, story.articleId()))));
        assertThat(resends).as("re-sends are only the alerts in flight at the stop").isLessThanOrEqualTo(inFlightAtStop);
        assertThat(jdbc.queryForList("SELECT status, count(*) AS rows, count(DISTINCT subscription_id) AS subscribers"
                + " FROM delivery GROUP BY status")).singleElement().satisfies(row -> {
                    assertThat(row).containsEntry("status", "delivered");
                    assertThat(((Number) row.get("rows")).intValue()).isEqualTo(SUBSCRIBERS);
                    assertThat(((Number) row.get("subscribers")).intValue()).isEqualTo(SUBSCRIBERS);
                });
    }

    /** The same database, topic and consumer group every time: a restart, not a second service. */
    private ConfigurableApplicationContext start() {
        // command-line arguments: application.yml would override default properties
        return new SpringApplicationBuilder(NotificationServiceApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + KafkaInfrastructure.bootstrapServers(),
                "--spring.kafka.consumer.group-id=notification-restart-" + run,
                "--notification.dispatch.topic=notification-dispatch-restart-" + run,
                "--notification.allow-loopback-http=true",
                "--notification.retry.initial-backoff=20ms",
                "--notification.retry.max-backoff=100ms",
                "--notification.site-url=https://localnews.example",
                "--notification.guard.quiet-start=00:00",
                "--notification.guard.quiet-end=00:00",
                "--notification.guard.max-per-window=1000",
                "--logging.level.io.zonky.test=WARN",
                "--logging.level.kafka=WARN",
                "--logging.level.org.apache.kafka=WARN",
                "--logging.level.state.change.logger=WARN");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private Map<String, UUID> subscribeAll(int port, String tag) throws Exception {
        Map<String, UUID> subscriptionByHook = new LinkedHashMap<>();
        for (int i = 0; i < SUBSCRIBERS; i++) {
            String hook = "restart-" + run + "-" + i;
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/subscriptions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"channel\": \"webhook\", \"url\": \"" + slow.url(hook)
                            + "\", \"interests\": {\"tags\": [\"" + tag + "\"]}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            Map<?, ?> created = JSON.readValue(response.body(), Map.class);
            receiver.trust(hook, (String) created.get("secret"));
            subscriptionByHook.put(hook, UUID.fromString((String) created.get("id")));
        }
        return subscriptionByHook;
    }

    private List<WebhookReceiver.Delivery> accepted(Set<String> hooks) {
        List<WebhookReceiver.Delivery> all = new ArrayList<>();
        hooks.forEach(hook -> all.addAll(receiver.deliveries(hook)));
        return all;
    }

    private static void publish(ArticlePublished story) throws Exception {
        try (KafkaProducer<String, ArticleEvent> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaInfrastructure.bootstrapServers()),
                new StringSerializer(), new ArticleEventSerializer())) {
            producer.send(new ProducerRecord<>(ArticleEventTopics.ARTICLE_EVENTS, ArticleEventTopics.keyOf(story), story))
                    .get(10, TimeUnit.SECONDS);
        }
    }

    /**
     * A slow receiver in front of the verifying {@link WebhookReceiver}: each request is held for a fixed
     * delay (without blocking a thread) and then passed on with its signature headers; the receiver's answer
     * goes back to the service.
     */
    private static final class SlowProxy implements AutoCloseable {

        private final HttpServer server;
        private final HttpClient client = HttpClient.newHttpClient();

        SlowProxy(WebhookReceiver target, Duration delay) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/hooks/", exchange -> {
                String hook = exchange.getRequestURI().getPath().substring("/hooks/".length());
                HttpRequest forward = forward(exchange, target.url(hook));
                CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(delay.toMillis(),
                                TimeUnit.MILLISECONDS))
                        .thenCompose(ignored -> client.sendAsync(forward, HttpResponse.BodyHandlers.discarding()))
                        .handle((response, failure) -> {
                            answer(exchange, failure == null ? response.statusCode() : 502);
                            return null;
                        });
            });
            server.start();
        }

        private static HttpRequest forward(HttpExchange exchange, String url) throws IOException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
            for (String header : List.of("webhook-id", "webhook-timestamp", "webhook-signature", "Content-Type")) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    request.header(header, value);
                }
            }
            return request.build();
        }

        private static void answer(HttpExchange exchange, int status) {
            try {
                exchange.sendResponseHeaders(status, -1);
            } catch (IOException clientGone) {
                // the service stopped waiting (it was shut down): nothing to answer
            } finally {
                exchange.close();
            }
        }

        String url(String hook) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + hook;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
