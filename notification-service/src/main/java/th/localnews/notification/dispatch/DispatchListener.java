package th.localnews.notification.dispatch;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import th.localnews.notification.channel.Alert;
import th.localnews.notification.channel.SendResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a polled batch of alerts in rounds: round n holds each subscriber's n-th alert of the batch, so a
 * subscriber's alerts go out in order and never race for the ledger, while the round's database work is done
 * in one statement per step ({@link DeliveryService}) and its sends run in parallel on a bounded pool. In a
 * fan-out nearly every subscriber has one alert in a batch, so the batch is one round. The batch is
 * acknowledged after every alert has an outcome; an unexpected error (the database gone, say) fails the batch
 * and the container's error handler retries it, and alerts already delivered are then skipped by the ledger.
 */
@Component
class DispatchListener {

    private final DeliveryService deliveries;
    private final ExecutorService executor;
    private final AlertReader reader;
    private final DeadLetters deadLetters;
    private final DispatchObservations observations;
    private final JsonMapper json;

    DispatchListener(DeliveryService deliveries, ExecutorService deliveryExecutor, JsonMapper json,
            DeadLetters deadLetters, DispatchObservations observations) {
        this.deliveries = deliveries;
        this.executor = deliveryExecutor;
        this.reader = new AlertReader(json);
        this.deadLetters = deadLetters;
        this.observations = observations;
        this.json = json;
    }

    // a small batch and a long poll interval: in the worst case every alert of a batch waits out its retries
    // (attempts x (timeout + backoff)) before the batch is acknowledged; a planner's record names up to
    // alerts-per-record subscribers, so a poll takes batch-size / alerts-per-record records. Three consumers (two of the six
    // partitions each) keep the delivery pool busy: with one, the pool idled while each batch's last alerts
    // finished and the next batch was polled (JFR of a 10,000-webhook fan-out: the pool's threads parked
    // waiting for work about half of the time, docs/benchmarks.md P4). A subscriber's alerts stay on one partition,
    // so they are still sent in order by one consumer.
    @KafkaListener(topics = "${notification.dispatch.topic}", batch = "true",
            concurrency = "${notification.dispatch.consumers:3}", properties = {
            "max.poll.records=#{T(java.lang.Math).max(1, ${notification.dispatch.batch-size:64}"
                    + " / ${notification.dispatch.alerts-per-record:32})}", "max.poll.interval.ms=600000" })
    void on(List<ConsumerRecord<String, String>> records) throws InterruptedException {
        for (List<PlannedAlert> round : rounds(records)) {
            send(deliveries.claim(round));
        }
    }

    /** Sends a round's claimed alerts in parallel and records every outcome, even when some sends broke. */
    private void send(List<ClaimedAlert> claims) throws InterruptedException {
        Map<ConsumerRecord<String, String>, DispatchObservations.Round> rounds = new IdentityHashMap<>();
        List<Future<SendResult>> running = new ArrayList<>(claims.size());
        for (ClaimedAlert claim : claims) {
            Map<String, String> trace = rounds.computeIfAbsent(claim.planned().record(), observations::start)
                    .traceHeaders();
            running.add(executor.submit(() -> observations.deliver(() -> deliveries.send(claim, trace))));
        }
        List<DeliveryOutcomes.Sent> sent = new ArrayList<>(claims.size());
        Throwable broken = null;
        try {
            for (int i = 0; i < claims.size(); i++) {
                try {
                    sent.add(new DeliveryOutcomes.Sent(claims.get(i), running.get(i).get()));
                } catch (ExecutionException e) {
                    broken = e.getCause();
                }
            }
        } finally {
            for (DispatchObservations.Round round : rounds.values()) {
                round.stop(broken);
            }
        }
        // the alerts that did go out are finished before the batch fails, so its retry does not send them again
        deliveries.record(sent);
        if (broken != null) {
            throw new IllegalStateException("alert delivery failed", broken);
        }
    }

    /** Each subscriber's n-th readable alert of the batch in round n, in the order the records came. */
    private List<List<PlannedAlert>> rounds(List<ConsumerRecord<String, String>> records) {
        Map<UUID, List<PlannedAlert>> bySubscriber = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            if (record.value() == null) {
                continue;
            }
            try {
                for (Alert alert : reader.read(record.value())) {
                    bySubscriber.computeIfAbsent(alert.subscriptionId(), key -> new ArrayList<>())
                            .add(new PlannedAlert(alert, record, json));
                }
            } catch (JacksonException e) {
                // one unreadable record must not hold up, or dead-letter, the good ones beside it
                deadLetters.publish(record.key(), record.value(), "unreadable alert: " + e.getOriginalMessage());
            }
        }
        List<List<PlannedAlert>> rounds = new ArrayList<>();
        for (List<PlannedAlert> alerts : bySubscriber.values()) {
            for (int n = 0; n < alerts.size(); n++) {
                if (rounds.size() == n) {
                    rounds.add(new ArrayList<>());
                }
                rounds.get(n).add(alerts.get(n));
            }
        }
        return rounds;
    }
}
