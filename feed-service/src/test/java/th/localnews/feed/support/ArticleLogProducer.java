package th.localnews.feed.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import th.localnews.events.ArticleEvent;
import th.localnews.events.ArticleEventCodec;
import th.localnews.events.ArticleEventTopics;
import th.localnews.testkit.KafkaInfrastructure;

/** Writes to the article log on the test broker as article-service would: key = article id, structured events. */
public final class ArticleLogProducer implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaInfrastructure.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer());
    private final ArticleEventCodec codec = new ArticleEventCodec();

    public void send(ArticleEvent... events) {
        for (ArticleEvent event : events) {
            sendRaw(ArticleEventTopics.keyOf(event), codec.encode(event));
        }
    }

    /** One event with a {@code traceparent} header, as the relay writes it inside the publish's trace. */
    public void send(ArticleEvent event, String traceparent) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ArticleEventTopics.ARTICLE_EVENTS,
                ArticleEventTopics.keyOf(event), codec.encode(event));
        record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        sendRecord(record);
    }

    public void sendRaw(String key, byte[] value) {
        sendRecord(new ProducerRecord<>(ArticleEventTopics.ARTICLE_EVENTS, key, value));
    }

    private void sendRecord(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not write to the article log", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
