package th.localnews.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.localnews.localstack.SuiteControl;

/**
 * G1: a seeded mix of editorial commands runs while the Kafka broker is killed with SIGKILL and started again;
 * afterwards every committed change is what readers see, and the log holds each committed event exactly once and
 * nothing else (no event from a refused or rolled-back command).
 */
@ExtendWith(Suite.class)
class BrokerCrashIT {

    private static final long SEED = 20261202L;

    @Test
    void everyCommittedChangeReachesTheFeedOnceAcrossBrokerKills(Suite.Running suite) throws SQLException {
        Scale scale = Scale.current();
        int commands = scale.pick(300, 2_000);
        int kills = scale.pick(2, 5);
        String tag = "g1-" + UUID.randomUUID().toString().substring(0, 8);
        Random random = new Random(SEED);
        Figures figures = new Figures("g1-broker-crash", "Kafka broker killed during editorial commands");
        Map<Long, Long> versions = new HashMap<>();
        Map<String, Integer> outcomes = new HashMap<>();
        int killEvery = commands / (kills + 1);
        int killsDone = 0;

        for (int i = 1; i <= commands; i++) {
            String outcome = command(suite.newsroom, random, versions, tag, i);
            outcomes.merge(outcome, 1, Integer::sum);
            if (i % killEvery == 0 && killsDone < kills) {
                suite.control.kill(SuiteControl.KAFKA);
                killsDone++;
                // commands go on while the broker is down: the outbox keeps what they commit
                for (int j = 0; j < killEvery / 4; j++) {
                    outcomes.merge(command(suite.newsroom, random, versions, tag, i), 1, Integer::sum);
                }
                suite.control.start(SuiteControl.KAFKA);
            }
        }

        Map<Long, Truth> truth = truth(suite, versions.keySet());
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(mismatches(suite.reader, truth)).as("stories readers see differently").isEmpty());

        Map<String, Long> eventsInLog = ArticleLog.articleEvents(suite.control.kafkaBootstrapServers()).stream()
                .filter(entry -> versions.containsKey(entry.articleId()))
                .collect(Collectors.groupingBy(ArticleLog.Entry::eventId, Collectors.counting()));
        Set<String> committed = truth.values().stream().flatMap(t -> t.eventIds.stream()).collect(Collectors.toSet());
        long duplicated = eventsInLog.values().stream().filter(count -> count > 1).count();
        long lost = committed.stream().filter(id -> !eventsInLog.containsKey(id)).count();
        long phantom = eventsInLog.keySet().stream().filter(id -> !committed.contains(id)).count();

        figures.put("commands", outcomes.values().stream().mapToInt(Integer::intValue).sum())
                .put("outcomes", outcomes).put("brokerKills", killsDone).put("articles", versions.size())
                .put("committedEvents", committed.size()).put("eventsInLog", eventsInLog.size())
                .put("lost", lost).put("duplicated", duplicated).put("phantom", phantom).record();

        assertThat(killsDone).isEqualTo(kills);
        assertThat(committed).isNotEmpty();
        assertThat(lost).as("committed events missing from the log").isZero();
        assertThat(duplicated).as("events in the log more than once").isZero();
        assertThat(phantom).as("events in the log that nothing committed").isZero();
    }

    /** One seeded command; returns what came of it, e.g. "publish:200" or "replace-stale:412". */
    private static String command(Newsroom newsroom, Random random, Map<Long, Long> versions, String tag, int n) {
        List<Long> ids = new ArrayList<>(versions.keySet());
        int roll = random.nextInt(100);
        if (ids.isEmpty() || roll < 30) {
            Http.Answer answer = newsroom.create(Newsroom.story("ข่าวทดสอบกองบรรณาธิการ " + tag + " ที่ " + n, tag,
                    false));
            if (answer.status() == 201) {
                versions.put(answer.json().get("id").asLong(), answer.json().get("version").asLong());
            }
            return "create:" + answer.status();
        }
        long id = ids.get(random.nextInt(ids.size()));
        String name;
        Http.Answer answer;
        if (roll < 55) {
            name = "replace";
            answer = newsroom.replace(id, versions.get(id), Newsroom.story("ข่าวแก้ไข " + tag + " ครั้งที่ " + n, tag,
                    random.nextInt(10) == 0));
        } else if (roll < 62) {
            // an editor working on an old copy: refused, nothing written, nothing sent
            name = "replace-stale";
            answer = newsroom.replace(id, versions.get(id) - 1, Newsroom.story("ฉบับเก่า " + n, tag, false));
        } else if (roll < 88) {
            name = "publish";
            answer = newsroom.publish(id);
        } else {
            name = "retract";
            answer = newsroom.retract(id);
        }
        if (answer.is2xx()) {
            versions.put(id, answer.json().get("version").asLong());
        }
        return name + ":" + answer.status();
    }

    /** What the newsroom committed for one story: its status, and every event it recorded for readers. */
    private record Truth(String status, long lastEventVersion, List<String> eventIds) {
    }

    private static Map<Long, Truth> truth(Suite.Running suite, Set<Long> ids) throws SQLException {
        Map<Long, Truth> truth = new HashMap<>();
        try (Connection db = suite.database("article");
             PreparedStatement article = db.prepareStatement("SELECT status FROM article WHERE id = ?");
             PreparedStatement revisions = db.prepareStatement(
                     "SELECT event_id, version FROM article_revision WHERE article_id = ? ORDER BY revision")) {
            for (long id : ids) {
                article.setLong(1, id);
                String status;
                try (ResultSet row = article.executeQuery()) {
                    assertThat(row.next()).as("article %d exists", id).isTrue();
                    status = row.getString(1);
                }
                revisions.setLong(1, id);
                List<String> events = new ArrayList<>();
                long last = 0;
                try (ResultSet rows = revisions.executeQuery()) {
                    while (rows.next()) {
                        events.add(rows.getString(1));
                        last = rows.getLong(2);
                    }
                }
                truth.put(id, new Truth(status, last, events));
            }
        }
        return truth;
    }

    private static List<String> mismatches(Reader reader, Map<Long, Truth> truth) {
        List<String> wrong = new ArrayList<>();
        truth.forEach((id, story) -> {
            Optional<Long> seen = reader.visibleVersion(id);
            Optional<Long> expected = "published".equals(story.status) ? Optional.of(story.lastEventVersion)
                    : Optional.empty();
            if (!seen.equals(expected)) {
                wrong.add("%d: %s, readers see %s".formatted(id, expected.map(v -> "version " + v)
                        .orElse("hidden (" + story.status + ")"), seen.map(v -> "version " + v).orElse("nothing")));
            }
        });
        return wrong;
    }
}
