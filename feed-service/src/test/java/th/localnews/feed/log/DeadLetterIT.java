package th.localnews.feed.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.localnews.feed.support.ArticleMother.story;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.localnews.events.ArticleEventTopics;
import th.localnews.events.GoldenEvents;
import th.localnews.feed.support.ArticleLogProducer;
import th.localnews.feed.view.ArticleView;
import th.localnews.testkit.IntegrationTest;
import th.localnews.testkit.KafkaInfrastructure;

@IntegrationTest
class DeadLetterIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    ArticleView view;

    @Autowired
    MeterRegistry meters;

    @Test
    void poisonGoesToTheDeadLetterTopicCountedAndUnknownTypesAreSkippedWhileTheConsumerKeepsGoing() {
        long id = System.currentTimeMillis() % 1_000_000 * 1_000 + 500;
        String poisonKey = "poison-" + id;
        byte[] poison = "{\"specversion\":\"1.0\", not json".getBytes(StandardCharsets.UTF_8);
        String unknown = GoldenEvents.json(GoldenEvents.PUBLISHED)
                .replace("th.localnews.article.published", "th.localnews.article.archived")
                .replace("44d36096-9662-4ec2-a7e8-2e1bee52e4b1", "44d36096-9662-4ec2-a7e8-" + String.format("%012d", id));
        double before = deadLetters();
        try (ArticleLogProducer log = new ArticleLogProducer()) {
            log.sendRaw(poisonKey, poison);
            log.sendRaw("1042", unknown.getBytes(StandardCharsets.UTF_8));
            log.send(story(id).published());
        }

        await().atMost(WAIT).untilAsserted(() -> assertThat(view.byId(id)).isPresent());
        await().atMost(WAIT).untilAsserted(() -> assertThat(deadLetterValues(poisonKey)).containsExactly(
                new String(poison, StandardCharsets.UTF_8)));
        assertThat(deadLetters()).isEqualTo(before + 1);
        assertThat(deadLetterValues("1042")).isEmpty();
    }

    private double deadLetters() {
        return meters.get("localnews.feed.dead.letters").counter().count();
    }

    private static List<String> deadLetterValues(String key) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaInfrastructure.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(ArticleEventTopics.ARTICLE_EVENTS_DLT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<String> values = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        values.add(new String(record.value(), StandardCharsets.UTF_8));
                    }
                }
            }
            return values;
        }
    }
}
