package th.localnews.notification.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import th.localnews.notification.channel.Alert;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a polled batch of alerts in parallel on a bounded pool, but one subscriber's alerts in order on one
 * thread, so two records for the same pair never race for the ledger. The batch is acknowledged after every
 * alert has an outcome; an unexpected error (the database gone, say) fails the batch and the container's
 * error handler retries it, and alerts already delivered are then skipped by the ledger.
 */
@Component
class DispatchListener {

    private record Planned(Alert alert, ConsumerRecord<String, String> record) {
    }

    private final DeliveryService deliveries;
    private final ExecutorService executor;
    private final JsonMapper json;
    private final DeadLetters deadLetters;
    private final DispatchObservations observations;

    DispatchListener(DeliveryService deliveries, ExecutorService deliveryExecutor, JsonMapper json,
            DeadLetters deadLetters, DispatchObservations observations) {
        this.deliveries = deliveries;
        this.executor = deliveryExecutor;
        this.json = json;
        this.deadLetters = deadLetters;
        this.observations = observations;
    }

    // a small batch and a long poll interval: in the worst case every alert of a batch waits out its retries
    // (attempts x (timeout + backoff)) before the batch is acknowledged. Three consumers (two of the six
    // partitions each) keep the delivery pool busy: with one, the pool idled while each batch's last alerts
    // finished and the next batch was polled (JFR of a 10,000-webhook fan-out: the pool's threads parked
    // waiting for work about half of the time, docs/benchmarks.md P4). A subscriber's alerts stay on one partition,
    // so they are still sent in order by one consumer.
    @KafkaListener(topics = "${notification.dispatch.topic}", batch = "true",
            concurrency = "${notification.dispatch.consumers:3}", properties = {
            "max.poll.records=64", "max.poll.interval.ms=600000" })
    void on(List<ConsumerRecord<String, String>> records) throws InterruptedException {
        List<Future<?>> running = new ArrayList<>();
        for (List<Planned> alerts : bySubscriber(records).values()) {
            running.add(executor.submit(() -> alerts.forEach(planned -> observations.deliver(planned.record(),
                    () -> deliveries.deliver(planned.alert(), planned.record().value())))));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("alert delivery failed", e.getCause());
            }
        }
    }

    private Map<String, List<Planned>> bySubscriber(List<ConsumerRecord<String, String>> records) {
        Map<String, List<Planned>> bySubscriber = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            if (record.value() == null) {
                continue;
            }
            try {
                Alert alert = json.readValue(record.value(), Alert.class);
                bySubscriber.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(new Planned(alert, record));
            } catch (JacksonException e) {
                // one unreadable record must not hold up, or dead-letter, the good ones beside it
                deadLetters.publish(record.key(), record.value(), "unreadable alert: " + e.getOriginalMessage());
            }
        }
        return bySubscriber;
    }
}
