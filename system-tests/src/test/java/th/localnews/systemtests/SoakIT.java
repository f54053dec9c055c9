package th.localnews.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.localnews.localstack.SuiteControl;

/**
 * G7: mixed load (reads, searches, publishes, sign-ups) through the gateway for a while: no 5xx, the heap after a
 * full GC ends where it was once the load had warmed the services up (within 10 %, judged at full scale where the
 * run is long enough), and the consumers' lag is back to zero within 30 s after the load stops.
 */
@ExtendWith(Suite.class)
class SoakIT {

    private static final List<String> SEARCHES = List.of("เทศบาล", "ขอนแก่น", "อบจ.", "ทน.ขอนแก่น", "ตลาด",
            "สภาเทศบาล", "น้ำท่วม", "งบประมาณ");
    /** A generation's (Serial, Parallel) or the whole heap's (G1) line of {@code GC.heap_info}; not Metaspace. */
    private static final double MAX_HEAP_GROWTH = 1.10;
    /** Heap readings during the load, one every tenth of its length, plus one after it. */
    private static final int SAMPLES = 10;
    private static final Pattern HEAP_USED = Pattern.compile("(?m)^\\s*\\S.*(?:generation|heap)\\s+total \\d+K, used (\\d+)K");

    @Test
    void mixedLoadGivesNo5xxAndTheConsumersCatchUp(Suite.Running suite) throws Exception {
        Scale scale = Scale.current();
        Duration length = Duration.ofSeconds(scale.pick(30, 600));
        String tag = "g7-" + UUID.randomUUID().toString().substring(0, 8);
        Figures figures = new Figures("g7-soak", "mixed load through the gateway");
        warmUp(suite, tag);
        Map<String, Long> heapAtStart = heapAfterGc(suite);

        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        long deadline = started + length.toNanos();
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int worker = 0; worker < 3; worker++) {
            long seed = worker;
            workers.add(CompletableFuture.runAsync(() -> load(suite, tag, new Random(seed), deadline, statuses)));
        }
        CompletableFuture<Void> loadDone = CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new));
        // the heap after a full GC every tenth of the run, under load: a leak grows from sample to sample, while
        // pools and caches filled by the load itself level off during its first part
        List<Map<String, Long>> samples = new ArrayList<>();
        for (int tenth = 1; tenth <= SAMPLES; tenth++) {
            long due = started + length.toNanos() * tenth / SAMPLES;
            if (!waitUntil(loadDone, due)) {
                samples.add(heapAfterGc(suite));
            }
        }
        loadDone.get();
        long stoppedAt = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                notificationLag(suite) == 0);
        double lagZeroAfter = (System.nanoTime() - stoppedAt) / 1e9;
        samples.add(heapAfterGc(suite));

        // warmed: the lower of the samples at 20 % and 30 % of the run; end: the lower of the last two (one after
        // the load stopped). The lower of two, because a full GC does not always clear what is held softly.
        // (a short run may have time for fewer samples: then its first stands for the warmed heap)
        Map<String, Long> heapWarmed = lowest(samples.size() >= 5 ? samples.subList(1, 3) : samples.subList(0, 1));
        Map<String, Long> heapAfter = lowest(samples.subList(samples.size() - 2, samples.size()));
        Map<String, Double> heapGrowth = ratios(heapWarmed, heapAfter);
        // a service whose heap grew may only hold more data (feed-service keeps every story in memory): it is
        // judged against a fresh instance of itself that has loaded the same data, so only a leak counts
        Map<String, Long> heapFresh = new TreeMap<>();
        for (Map.Entry<String, Double> grown : heapGrowth.entrySet()) {
            if (grown.getValue() >= MAX_HEAP_GROWTH) {
                suite.crashAndRestart(grown.getKey());
                // warmed as the soaked one was before its first measurement: caches filled on first use are no leak
                warmUp(suite, tag);
                heapFresh.put(grown.getKey(), heapAfterGc(suite, grown.getKey()));
            }
        }
        Map<String, Double> leakRatio = new TreeMap<>(heapGrowth);
        leakRatio.putAll(ratios(heapFresh, heapAfter));
        long fiveHundreds = statuses.entrySet().stream().filter(entry -> entry.getKey().startsWith("5"))
                .mapToLong(Map.Entry::getValue).sum();
        figures.put("loadSeconds", length.toSeconds())
                .put("requestsByStatus", new TreeMap<>(statuses)).put("5xx", fiveHundreds)
                .put("heapAfterGcAtStartKb", heapAtStart).put("heapAfterGcEveryTenthKb", samples)
                .put("heapAfterGcWarmedKb", heapWarmed).put("heapAfterGcAfterKb", heapAfter)
                .put("heapRatio", heapGrowth).put("heapOfFreshInstanceKb", heapFresh)
                .put("heapRatioJudged", leakRatio).put("lagZeroSecondsAfterStop", lagZeroAfter).record();

        assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(100);
        assertThat(fiveHundreds).as("5xx answers").isZero();
        if (scale == Scale.FULL) {
            assertThat(leakRatio).allSatisfy((service, ratio) -> assertThat(ratio).as(service)
                    .isLessThan(MAX_HEAP_GROWTH));
        }
    }

    private static void load(Suite.Running suite, String tag, Random random, long deadline,
                             Map<String, Integer> statuses) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; System.nanoTime() < deadline && i < 1_000_000; i++) {
            int roll = random.nextInt(100);
            Http.Answer answer;
            String kind;
            if (roll < 50) {
                kind = "home";
                answer = suite.reader.get(random.nextBoolean() ? "/api/articles" : "/");
            } else if (roll < 65 && !ids.isEmpty()) {
                kind = "article";
                answer = suite.reader.get("/api/articles/" + ids.get(random.nextInt(ids.size())));
            } else if (roll < 85) {
                kind = "search";
                answer = suite.reader.get("/api/search?q=" + URLEncoder.encode(
                        SEARCHES.get(random.nextInt(SEARCHES.size())), StandardCharsets.UTF_8));
            } else if (roll < 95) {
                kind = "publish";
                Http.Answer created = suite.newsroom.create(Newsroom.story("ข่าวทดสอบระยะยาว " + tag + " " + i, tag,
                        false));
                answer = created.status() == 201 ? suite.newsroom.publish(created.json().get("id").asLong())
                        : created;
                if (answer.status() == 200) {
                    ids.add(answer.json().get("id").asLong());
                }
            } else {
                kind = "subscribe";
                answer = Http.postJson(suite.reader.url() + "/api/subscriptions", Map.of("channel", "webhook",
                        "url", "http://127.0.0.1:9/g7/" + i, "interests", Map.of("all", false, "tags",
                                List.of(tag + "-no-story"))));
            }
            statuses.merge(answer.status() + " " + kind, 1, Integer::sum);
        }
    }

    private static void warmUp(Suite.Running suite, String tag) {
        Random random = new Random(99);
        for (int i = 0; i < 20; i++) {
            long id = suite.newsroom.publishNew(Newsroom.story("ข่าวอุ่นเครื่อง " + tag + " " + i, tag, false));
            suite.reader.get("/api/articles");
            suite.reader.get("/");
            suite.reader.get("/api/articles/" + id);
            suite.reader.get("/api/search?q=" + URLEncoder.encode(SEARCHES.get(random.nextInt(SEARCHES.size())),
                    StandardCharsets.UTF_8));
        }
    }

    /** The heap each service uses right after a full collection, in KB, as {@code jcmd} reports it. */
    private static Map<String, Long> heapAfterGc(Suite.Running suite) throws IOException, InterruptedException {
        Map<String, Long> heap = new TreeMap<>();
        for (String service : SuiteControl.SERVICES) {
            heap.put(service, heapAfterGc(suite, service));
        }
        return heap;
    }

    private static long heapAfterGc(Suite.Running suite, String service) throws IOException, InterruptedException {
        long pid = suite.control.pid(service);
        Suite.jcmd(pid, "GC.run");
        Matcher used = HEAP_USED.matcher(Suite.jcmd(pid, "GC.heap_info"));
        long kb = 0;
        while (used.find()) {
            kb += Long.parseLong(used.group(1));
        }
        return kb;
    }

    /** Waits for the load to end or for {@code dueNanos}, whichever comes first; true if the load ended. */
    private static boolean waitUntil(CompletableFuture<Void> load, long dueNanos) throws Exception {
        try {
            load.get(Math.max(0, dueNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private static Map<String, Long> lowest(List<Map<String, Long>> readings) {
        Map<String, Long> lowest = new TreeMap<>();
        readings.forEach(reading -> reading.forEach((service, kb) -> lowest.merge(service, kb, Math::min)));
        return lowest;
    }

    private static Map<String, Double> ratios(Map<String, Long> base, Map<String, Long> after) {
        Map<String, Double> ratios = new TreeMap<>();
        base.forEach((service, kb) -> ratios.put(service, Math.round(1000.0 * after.get(service) / kb) / 1000.0));
        return ratios;
    }

    /** Records on article-events and notification-dispatch that notification-service's group has not committed. */
    private static long notificationLag(Suite.Running suite) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                suite.control.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("notification-service")
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get();
            long lag = 0;
            for (var entry : committed.entrySet()) {
                lag += ends.get(entry.getKey()).offset() - entry.getValue().offset();
            }
            return lag;
        }
    }
}
