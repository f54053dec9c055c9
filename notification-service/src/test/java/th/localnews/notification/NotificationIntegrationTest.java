package th.localnews.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import th.localnews.events.ArticleEvent;
import th.localnews.events.ArticleEventSerializer;
import th.localnews.events.ArticleEventTopics;
import th.localnews.testkit.IntegrationTest;
import th.localnews.testkit.KafkaInfrastructure;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service on real Kafka and PostgreSQL, reached over real HTTP; the ITs extending this share one
 * application context. Loopback http is allowed so the fakes can stand in for webhook receivers and push
 * services; retries back off in milliseconds.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "notification.allow-loopback-http=true",
        "notification.retry.initial-backoff=20ms",
        "notification.retry.max-backoff=100ms",
        "notification.site-url=https://localnews.example",
        // guard rails off unless a test asks for them: start == end means no quiet hours
        "notification.guard.quiet-start=00:00",
        "notification.guard.quiet-end=00:00",
        "notification.guard.max-per-window=1000"
})
public abstract class NotificationIntegrationTest {

    private static final AtomicLong ARTICLE_IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 100);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static KafkaTemplate<String, ArticleEvent> articleEvents;

    /** One SMTP server for the JVM, on a free port, started before the first context needs it. */
    protected static final GreenMail SMTP = startSmtp();

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
        return smtp;
    }

    @DynamicPropertySource
    static void smtpProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected JdbcTemplate jdbc;

    @BeforeAll
    static void articleEventProducer() {
        articleEvents = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaInfrastructure.bootstrapServers()),
                new StringSerializer(), new ArticleEventSerializer()));
    }

    @AfterAll
    static void closeProducer() {
        ((DefaultKafkaProducerFactory<?, ?>) articleEvents.getProducerFactory()).destroy();
    }

    protected static long newArticleId() {
        return ARTICLE_IDS.incrementAndGet();
    }

    protected static void publish(ArticleEvent... events) throws Exception {
        for (ArticleEvent event : events) {
            articleEvents.send(ArticleEventTopics.ARTICLE_EVENTS, ArticleEventTopics.keyOf(event), event)
                    .get(10, TimeUnit.SECONDS);
        }
    }

    /** One event with a {@code traceparent} header, as article-service's relay sends it in the publish's trace. */
    protected static void publish(ArticleEvent event, String traceparent) throws Exception {
        ProducerRecord<String, ArticleEvent> record = new ProducerRecord<>(ArticleEventTopics.ARTICLE_EVENTS,
                ArticleEventTopics.keyOf(event), event);
        record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        articleEvents.send(record).get(10, TimeUnit.SECONDS);
    }

    /** Waits until the service has handled these events (planned alerts for them, or decided not to). */
    protected void awaitHandled(ArticleEvent... events) {
        String[] ids = Arrays.stream(events).map(ArticleEvent::eventId).distinct().toArray(String[]::new);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM processed_event WHERE event_id = ANY (?)", Integer.class, (Object) ids))
                .isEqualTo(ids.length));
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> subscribe(String body) throws Exception {
        HttpResponse<String> response = send("POST", "/api/subscriptions", body, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readValue(response.body(), Map.class);
    }

    protected HttpResponse<String> send(String method, String path, String body, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected int subscriptionCount() {
        return jdbc.queryForObject("SELECT count(*) FROM subscription", Integer.class);
    }

    /** A value no article-event reader can decode, as a buggy or hostile producer might write. */
    protected static void publishRaw(String value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaInfrastructure.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(ArticleEventTopics.ARTICLE_EVENTS, "0",
                    value.getBytes(StandardCharsets.UTF_8))).get(10, TimeUnit.SECONDS);
        }
    }

    /** Everything on a dead-letter topic so far. */
    protected static List<ConsumerRecord<String, byte[]>> deadLetters(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaInfrastructure.bootstrapServers()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
