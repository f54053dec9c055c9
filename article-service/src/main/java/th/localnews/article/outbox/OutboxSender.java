package th.localnews.article.outbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import th.localnews.events.CloudEvents;

/**
 * Turns an outbox row into a Kafka record, sent in the trace of the request that wrote the row, and counts the
 * events the broker acknowledged by type: {@code newsroom_events_sent_total{type="published"}} is the number
 * of stories that reached readers' and subscribers' log.
 */
@Component
class OutboxSender {

    private final KafkaTemplate<String, String> kafka;
    private final OutboxTracing tracing;
    private final MeterRegistry meters;

    OutboxSender(KafkaTemplate<String, String> kafka, OutboxTracing tracing, MeterRegistry meters) {
        this.kafka = kafka;
        this.tracing = tracing;
        this.meters = meters;
    }

    CompletableFuture<?> send(OutboxRow row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
        row.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        CloudEvents.markStructured(record.headers());
        return tracing.continueTrace(row.traceContext(), row.shortType(), () -> kafka.send(record));
    }

    /** Called once the broker has acknowledged every row of a batch. */
    void acknowledged(List<OutboxRow> rows) {
        rows.forEach(row -> Counter.builder("newsroom.events.sent")
                .description("article events acknowledged by Kafka, by type")
                .tag("type", row.shortType())
                .register(meters)
                .increment());
    }
}
