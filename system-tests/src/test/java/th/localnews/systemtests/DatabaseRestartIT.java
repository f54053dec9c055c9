package th.localnews.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.localnews.localstack.SuiteControl;

/**
 * G5: PostgreSQL is killed (SIGKILL, as a crash) and started again while editors publish and readers sign up;
 * every service comes back by itself, and nothing a client was told had been stored is lost.
 */
@ExtendWith(Suite.class)
class DatabaseRestartIT {

    @Test
    void everyServiceRecoversAndNoCommittedWriteIsLost(Suite.Running suite) throws Exception {
        Scale scale = Scale.current();
        int restarts = scale.pick(1, 3);
        String tag = "g5-" + UUID.randomUUID().toString().substring(0, 8);
        Figures figures = new Figures("g5-database-restart", "PostgreSQL killed and restarted under load");
        Set<Long> published = ConcurrentHashMap.newKeySet();
        Set<String> subscriptions = ConcurrentHashMap.newKeySet();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        try (Connection db = suite.database("article"); Statement show = db.createStatement();
             ResultSet setting = show.executeQuery("SHOW synchronous_commit")) {
            setting.next();
            assertThat(setting.getString(1)).as("an acknowledged commit survives a crash only if it was flushed")
                    .isEqualTo("on");
        }

        CompletableFuture<Void> editors = CompletableFuture.runAsync(() -> {
            for (int i = 0; running.get() && i < 5_000; i++) {
                try {
                    Http.Answer created = suite.newsroom.create(Newsroom.story("ข่าวระหว่างฐานข้อมูลล่ม " + tag + " "
                            + i, tag, false));
                    if (created.status() != 201) {
                        failures.merge("create:" + created.status(), 1, Integer::sum);
                        continue;
                    }
                    long id = created.json().get("id").asLong();
                    Http.Answer publish = suite.newsroom.publish(id);
                    if (publish.status() == 200) {
                        published.add(id);
                    } else {
                        failures.merge("publish:" + publish.status(), 1, Integer::sum);
                    }
                } catch (RuntimeException e) {
                    failures.merge("editor:" + e.getClass().getSimpleName(), 1, Integer::sum);
                }
            }
        });
        CompletableFuture<Void> readers = CompletableFuture.runAsync(() -> {
            for (int i = 0; running.get() && i < 5_000; i++) {
                try {
                    Http.Answer answer = Http.postJson(suite.control.url("notification-service")
                            + "/api/subscriptions", Map.of("channel", "webhook",
                            "url", "http://127.0.0.1:9/g5/" + i, "interests", Map.of("all", false, "tags",
                                    List.of(tag + "-no-story"))));
                    if (answer.status() == 201) {
                        subscriptions.add(answer.json().get("id").asString());
                    } else {
                        failures.merge("subscribe:" + answer.status(), 1, Integer::sum);
                    }
                } catch (RuntimeException e) {
                    failures.merge("reader:" + e.getClass().getSimpleName(), 1, Integer::sum);
                }
            }
        });

        for (int restart = 0; restart < restarts; restart++) {
            int before = published.size();
            await().atMost(Duration.ofMinutes(1)).until(() -> published.size() >= before + 10);
            suite.control.kill(SuiteControl.POSTGRES);
            suite.control.start(SuiteControl.POSTGRES);
            int afterRestart = published.size();
            // no hand on anything: the services must take writes again by themselves
            await().atMost(Duration.ofMinutes(2)).until(() -> published.size() >= afterRestart + 10);
        }
        running.set(false);
        CompletableFuture.allOf(editors, readers).get();

        long lostArticles = missing(suite, "article", "SELECT status FROM article WHERE id = ?", published,
                "published");
        long lostSubscriptions = missing(suite, "notification", "SELECT 'present' FROM subscription WHERE id = ?::uuid",
                subscriptions, "present");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(published).allSatisfy(id -> assertThat(suite.reader.visibleVersion(id)).isPresent()));
        for (String service : SuiteControl.SERVICES) {
            assertThat(Http.get(suite.control.url(service) + "/actuator/health/readiness").status())
                    .as("%s ready again", service).isEqualTo(200);
        }

        figures.put("restarts", restarts).put("publishedAndAcknowledged", published.size())
                .put("subscriptionsAcknowledged", subscriptions.size()).put("refusedDuringOutage",
                        new TreeMap<>(failures)).put("lostArticles", lostArticles)
                .put("lostSubscriptions", lostSubscriptions).record();
        assertThat(lostArticles).isZero();
        assertThat(lostSubscriptions).isZero();
    }

    private static long missing(Suite.Running suite, String database, String sql, Set<?> keys, String expected)
            throws Exception {
        long missing = 0;
        try (Connection db = suite.database(database); PreparedStatement query = db.prepareStatement(sql)) {
            for (Object key : keys) {
                query.setObject(1, key instanceof Long id ? id : key.toString());
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next() || !expected.equals(row.getString(1))) {
                        missing++;
                    }
                }
            }
        }
        return missing;
    }
}
