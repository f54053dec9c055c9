package th.localnews.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.localnews.testkit.fakes.WebhookReceiver;

/**
 * G4: records no consumer can read are written to the topics the services consume; each ends in its dead-letter
 * topic once per consuming group, and the consumers go on to the next good story.
 */
@ExtendWith(Suite.class)
class PoisonRecordsIT {

    /** Kinds of unreadable record a broken or hostile producer could write. */
    private static final List<byte[]> POISON = List.of(
            new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x01},
            "not json at all".getBytes(StandardCharsets.UTF_8),
            "{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8),
            "{\"specversion\":\"1.0\",\"id\":".getBytes(StandardCharsets.UTF_8),
            ("{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/x\",\"type\":"
                    + "\"th.localnews.article.published\",\"subject\":\"1\",\"data\":{\"id\":\"not-a-number\"}}")
                    .getBytes(StandardCharsets.UTF_8),
            "[1,2,3]".getBytes(StandardCharsets.UTF_8));

    private static final String GROUP_HEADER = "kafka_dlt-original-consumer-group";

    @Test
    void everyPoisonRecordIsDeadLetteredAndConsumersGoOn(Suite.Running suite) {
        int rounds = Scale.current().pick(2, 20);
        Figures figures = new Figures("g4-poison", "poison records on the consumed topics");
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> articleKeys = new ArrayList<>();
        List<String> dispatchKeys = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = producer(suite)) {
            for (int round = 0; round < rounds; round++) {
                for (int kind = 0; kind < POISON.size(); kind++) {
                    String key = "poison-%s-%d-%d".formatted(run, round, kind);
                    articleKeys.add(key);
                    dispatchKeys.add(key);
                    producer.send(record("article-events", key, POISON.get(kind)));
                    producer.send(record("notification-dispatch", key, POISON.get(kind)));
                }
            }
            producer.flush();
        }

        String tag = "g4-" + run;
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Http.Answer subscription = Newsroom.expect(Http.postJson(suite.control.url("notification-service")
                    + "/api/subscriptions", Map.of("channel", "webhook", "url", receiver.url("after-poison"),
                    "interests", Map.of("all", false, "tags", List.of(tag)))), 201);
            receiver.trust("after-poison", subscription.json().get("secret").asString());
            long id = suite.newsroom.publishNew(Newsroom.story("ข่าวหลังข้อมูลเสีย " + tag, tag, true));

            await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
                assertThat(suite.reader.visibleVersion(id)).as("the feed went on past the poison").isPresent();
                assertThat(receiver.deliveries("after-poison")).as("alerts went on past the poison").hasSize(1);
            });
        }

        Map<String, Long> articleDeadLetters = await().atMost(Duration.ofMinutes(1)).until(
                () -> deadLettersByGroup(suite, "article-events.DLT", Set.copyOf(articleKeys)),
                byGroup -> byGroup.values().stream().allMatch(count -> count == articleKeys.size())
                        && byGroup.size() == 2);
        Map<String, Long> dispatchDeadLetters = await().atMost(Duration.ofMinutes(1)).until(
                () -> deadLettersByGroup(suite, "notification-dispatch.DLT", Set.copyOf(dispatchKeys)),
                byGroup -> byGroup.values().stream().mapToLong(Long::longValue).sum() == dispatchKeys.size());

        figures.put("poisonOnArticleEvents", articleKeys.size()).put("poisonOnDispatch", dispatchKeys.size())
                .put("articleEventsDeadLettersByGroup", articleDeadLetters)
                .put("dispatchDeadLettersByGroup", dispatchDeadLetters).record();

        // feed-service reads the log as the listener "article-log" (every replica assigns all partitions)
        assertThat(articleDeadLetters).containsOnlyKeys("article-log", "notification-service")
                .allSatisfy((group, count) -> assertThat(count).isEqualTo(articleKeys.size()));
        assertThat(dispatchDeadLetters.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(dispatchKeys.size());
    }

    /** Dead letters of this run, counted by the consumer group that gave up on them. */
    private static Map<String, Long> deadLettersByGroup(Suite.Running suite, String topic, Set<String> keys) {
        List<ConsumerRecord<byte[], byte[]>> records = ArticleLog.readAll(suite.control.kafkaBootstrapServers(), topic);
        return records.stream()
                .filter(record -> record.key() != null && keys.contains(new String(record.key(), StandardCharsets.UTF_8)))
                .collect(Collectors.groupingBy(PoisonRecordsIT::group, TreeMap::new, Collectors.counting()));
    }

    private static String group(ConsumerRecord<byte[], byte[]> record) {
        Header header = record.headers().lastHeader(GROUP_HEADER);
        return header == null ? "(no group header)" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static ProducerRecord<byte[], byte[]> record(String topic, String key, byte[] value) {
        return new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value);
    }

    private static KafkaProducer<byte[], byte[]> producer(Suite.Running suite) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.control.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }
}
