package th.localnews.article.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import th.localnews.events.ArticleEvent;
import th.localnews.events.ArticleEventCodec;
import th.localnews.events.CloudEvents;
import th.localnews.testkit.KafkaInfrastructure;

/** Reads the article topic with a real consumer, from the beginning to its current end. */
public final class ArticleEventLog {

    private static final ArticleEventCodec CODEC = new ArticleEventCodec();

    private ArticleEventLog() {
    }

    /** Every event of one article now in the log, in log order. */
    public static List<ArticleEvent> eventsOf(long articleId) {
        return byArticle().getOrDefault(articleId, List.of());
    }

    /** Every event now in the log, by article id, each list in log order (one read of the whole topic). */
    public static Map<Long, List<ArticleEvent>> byArticle() {
        return readAll().stream()
                .map(record -> {
                    assertStructured(record);
                    return (ArticleEvent) CODEC.decode(record.value());
                })
                .collect(Collectors.groupingBy(ArticleEvent::articleId, Collectors.toList()));
    }

    /** The {@code traceparent} header of each record of one article now in the log, in log order (null: none). */
    public static List<String> traceparentsOf(long articleId) {
        return readAll().stream()
                .filter(record -> Long.toString(articleId).equals(record.key()))
                .map(record -> {
                    var header = record.headers().lastHeader("traceparent");
                    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
                })
                .toList();
    }

    private static void assertStructured(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader(CloudEvents.CONTENT_TYPE_HEADER);
        if (header == null || !CloudEvents.STRUCTURED_CONTENT_TYPE.equals(new String(header.value(), StandardCharsets.UTF_8))) {
            throw new AssertionError("record of article " + record.key() + " is not marked as a structured CloudEvent");
        }
    }

    private static List<ConsumerRecord<String, byte[]>> readAll() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaInfrastructure.bootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(NewsroomIntegrationTest.TOPIC).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + NewsroomIntegrationTest.TOPIC + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
