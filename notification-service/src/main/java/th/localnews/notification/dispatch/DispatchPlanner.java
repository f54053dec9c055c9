package th.localnews.notification.dispatch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import th.localnews.events.ArticleSnapshot;
import th.localnews.notification.NotificationProperties;
import th.localnews.notification.channel.Alert;
import th.localnews.notification.channel.TraceHeaders;
import th.localnews.notification.matching.InterestMatcher;
import th.localnews.notification.subscription.SubscriptionRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one story into dispatch records for its interested subscribers, page by page, and returns only once
 * the broker has them all: the caller may then mark the event handled. Planning twice is harmless, the
 * ledger stops the second alert.
 * <p>
 * A record names up to {@code alertsPerRecord} subscribers of one partition, the one Kafka's default partitioner
 * gives their subscription id as a key ({@link AlertBatch}), so each subscriber's alerts still come in order
 * through one partition. One record per subscriber made 100,000 sends, consumer observations and record reads of
 * the same story for a 100,000 fan-out (docs/benchmarks.md P4).
 * <p>
 * The records are sent with a template of their own that opens no observation: a producer span per dispatch
 * record was half of the planner's CPU at 100,000 subscribers (docs/benchmarks.md P4). Instead the planning is one
 * span ({@code notification.plan}, in the article event's trace) and each record carries that span's
 * {@code traceparent}, so every delivery, and the receiver's request, still joins the editor's publish.
 */
@Component
class DispatchPlanner {

    private final SubscriptionRepository subscriptions;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final NotificationProperties properties;
    private final ExecutorService planning;
    private final ObservationRegistry observations;
    private final TraceHeaders trace;

    DispatchPlanner(SubscriptionRepository subscriptions, KafkaTemplate<String, String> kafka, JsonMapper json,
            NotificationProperties properties, ExecutorService planningExecutor, ObservationRegistry observations,
            TraceHeaders trace) {
        this.subscriptions = subscriptions;
        this.planning = planningExecutor;
        this.observations = observations;
        this.trace = trace;
        // the application's producer (and its settings), without the per-record observation
        this.kafka = new KafkaTemplate<>(kafka.getProducerFactory());
        this.json = json;
        this.properties = properties;
    }

    /**
     * Plans the id space in slices, side by side on the planning pool: on a loaded machine one thread reading,
     * matching and sending 100,000 subscriptions was what every delivery waited for (docs/benchmarks.md P4). Each
     * subscriber is in exactly one slice. The slices send in the caller's observation, so every dispatch record
     * stays in the article event's trace.
     *
     * @return how many alerts were planned
     */
    int plan(ArticleSnapshot article) {
        Observation planningSpan = Observation.createNotStarted("notification.plan", observations)
                .contextualName("notification-dispatch plan")
                .lowCardinalityKeyValue("messaging.destination.name", properties.dispatch().topic());
        return planningSpan.observe(() -> planInSlices(article, planningSpan));
    }

    private int planInSlices(ArticleSnapshot article, Observation planningSpan) {
        InterestMatcher matcher = InterestMatcher.forArticle(article);
        String topic = properties.dispatch().topic();
        AlertRecords records = new AlertRecords(json, alert(article), trace.current(), topic,
                kafka.partitionsFor(topic).size());
        List<Future<Integer>> slices = new ArrayList<>();
        for (UUID[] slice : slices(properties.dispatch().planners())) {
            slices.add(planning.submit(() -> planningSpan.scoped(() -> planSlice(article, matcher, records, slice[0], slice[1]))));
        }
        int planned = 0;
        IllegalStateException failed = null;
        for (Future<Integer> slice : slices) {
            try {
                planned += slice.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while planning alerts", e);
            } catch (ExecutionException e) {
                failed = new IllegalStateException("planning alerts failed", e.getCause());
            }
        }
        // every slice has finished (or failed) before the event may be retried, so no two plannings overlap
        if (failed != null) {
            throw failed;
        }
        return planned;
    }

    /**
     * {@code count} contiguous ranges of the uuid order, as (exclusive lower, inclusive upper) bounds, split on
     * the first 64 bits; random ids fall evenly into them.
     */
    static List<UUID[]> slices(int count) {
        List<UUID[]> slices = new ArrayList<>();
        long step = Long.divideUnsigned(-1L, count);
        UUID lower = SubscriptionRepository.FIRST;
        for (int i = 1; i <= count; i++) {
            UUID upper = i == count ? new UUID(-1L, -1L) : new UUID(step * i, -1L);
            slices.add(new UUID[] { lower, upper });
            lower = upper;
        }
        return slices;
    }

    private int planSlice(ArticleSnapshot article, InterestMatcher matcher, AlertRecords records, UUID after, UUID last) {
        int pageSize = properties.dispatch().pageSize();
        int perRecord = properties.dispatch().alertsPerRecord();
        List<List<UUID>> waiting = new ArrayList<>();
        for (int partition = 0; partition < records.partitions(); partition++) {
            waiting.add(new ArrayList<>(perRecord));
        }
        int planned = 0;
        List<CompletableFuture<?>> previous = List.of();
        List<SubscriptionRepository.Candidate> page;
        do {
            page = subscriptions.candidates(after, last, pageSize, article.breaking(), article.section(),
                    article.provinces(), article.tags());
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (SubscriptionRepository.Candidate candidate : page) {
                if (matcher.matches(candidate.interests())) {
                    int partition = records.partition(candidate.id());
                    List<UUID> subscribers = waiting.get(partition);
                    subscribers.add(candidate.id());
                    if (subscribers.size() == perRecord) {
                        sends.add(kafka.send(records.record(partition, subscribers)));
                        subscribers.clear();
                    }
                    planned++;
                }
            }
            if (page.size() < pageSize) {
                // the slice's last page: what is left of every partition goes out now
                for (int partition = 0; partition < waiting.size(); partition++) {
                    if (!waiting.get(partition).isEmpty()) {
                        sends.add(kafka.send(records.record(partition, waiting.get(partition))));
                    }
                }
            }
            // the previous page's sends were in flight while this page was read and sent
            awaitAll(previous);
            previous = sends;
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
            }
        } while (page.size() == pageSize);
        awaitAll(previous);
        return planned;
    }

    /**
     * The story's dispatch records: the alert is the same for every subscriber, so it is written to JSON once, and
     * each record is an {@link AlertBatch} of that text and its subscribers' ids (what the mapper reads back, see
     * DispatchPlannerRecordsTest), with the planning span's trace headers.
     */
    static final class AlertRecords {

        private final String topic;
        private final int partitions;
        private final String alertJson;
        private final Header[] traceHeaders;

        AlertRecords(JsonMapper json, Alert alert, Map<String, String> trace, String topic, int partitions) {
            this.topic = topic;
            this.partitions = partitions;
            this.alertJson = json.writeValueAsString(alert);
            this.traceHeaders = trace.entrySet().stream()
                    .map(header -> new RecordHeader(header.getKey(), header.getValue().getBytes(StandardCharsets.UTF_8)))
                    .toArray(Header[]::new);
        }

        int partitions() {
            return partitions;
        }

        /** The partition Kafka's default partitioner gives the subscription id as a record key. */
        int partition(UUID subscriptionId) {
            return BuiltInPartitioner.partitionForKey(subscriptionId.toString().getBytes(StandardCharsets.UTF_8), partitions);
        }

        ProducerRecord<String, String> record(int partition, List<UUID> subscriptionIds) {
            StringBuilder value = new StringBuilder(alertJson.length() + 40 * subscriptionIds.size() + 40)
                    .append("{\"subscriptionIds\":[");
            for (int i = 0; i < subscriptionIds.size(); i++) {
                value.append(i == 0 ? "\"" : ",\"").append(subscriptionIds.get(i)).append('"');
            }
            value.append("],\"alert\":").append(alertJson).append('}');
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, partition, null, value.toString());
            for (Header header : traceHeaders) {
                record.headers().add(header);
            }
            return record;
        }
    }

    /** The story's alert; the subscriber is named by the record that carries it. */
    private Alert alert(ArticleSnapshot article) {
        String url = properties.siteUrl().toString().replaceAll("/+$", "") + "/articles/" + article.id() + "/"
                + URLEncoder.encode(article.slug(), StandardCharsets.UTF_8).replace("+", "%20");
        return new Alert(null, article.id(), article.title(), article.summary(), url, article.section(),
                article.provinces(), article.breaking(), article.publishedAt());
    }

    private static void awaitAll(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while planning alerts", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not take the planned alerts", e);
        }
    }
}
