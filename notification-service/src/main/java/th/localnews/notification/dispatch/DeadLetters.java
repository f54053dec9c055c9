package th.localnews.notification.dispatch;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import th.localnews.events.ArticleEventTopics;
import th.localnews.notification.NotificationProperties;

/** Alerts that kept failing, kept for a person (or a replay) rather than dropped. */
@Component
class DeadLetters {

    static final String REASON_HEADER = "x-localnews-failure";

    private final KafkaTemplate<String, String> kafka;
    private final String topic;

    DeadLetters(KafkaTemplate<String, String> kafka, NotificationProperties properties) {
        this.kafka = kafka;
        this.topic = properties.dispatch().topic() + ArticleEventTopics.DEAD_LETTER_SUFFIX;
    }

    void publish(String key, String alertJson, String reason) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, alertJson);
        record.headers().add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering an alert", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not dead-letter an alert", e);
        }
    }
}
