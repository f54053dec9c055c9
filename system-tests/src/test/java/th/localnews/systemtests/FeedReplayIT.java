package th.localnews.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * G2: feed-service is killed with SIGKILL while stories stream in, started again, and then its view is dropped and
 * replayed from offset 0 three times: each time the reader feed has the same checksum, and it holds exactly the
 * stories the newsroom has published.
 */
@ExtendWith(Suite.class)
class FeedReplayIT {

    private static final String FEED = "feed-service";

    @Test
    void replayingTheLogGivesTheSameViewEveryTime(Suite.Running suite) throws Exception {
        Scale scale = Scale.current();
        Figures figures = new Figures("g2-feed-replay",
                "feed-service killed mid-stream, view replayed from offset 0 three times");
        int stories = scale.pick(60, 400);
        String tag = "g2-" + UUID.randomUUID().toString().substring(0, 8);
        Random random = new Random(7L);

        AtomicInteger done = new AtomicInteger();
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> publishStream(suite, stories, tag, random,
                done));
        await().atMost(Duration.ofMinutes(2)).until(() -> done.get() >= stories / 3 || stream.isDone());
        suite.control.kill(FEED);
        suite.control.start(FEED);
        stream.get();

        Set<Long> published = publishedIds(suite);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(new HashSet<>(ViewChecksum.of(suite.reader).ids())).isEqualTo(published));
        ViewChecksum.Snapshot afterCrash = ViewChecksum.of(suite.reader);

        List<String> replays = new ArrayList<>();
        for (int replay = 0; replay < 3; replay++) {
            rebuild(suite);
            replays.add(ViewChecksum.of(suite.reader).sha256());
        }

        figures.put("storiesPublishedInStream", stories).put("storiesInView", afterCrash.ids().size())
                .put("checksumAfterCrash", afterCrash.sha256()).put("checksumsAfterReplays", replays).record();

        assertThat(replays).containsOnly(afterCrash.sha256());
    }

    private static void publishStream(Suite.Running suite, int stories, String tag, Random random,
                                      AtomicInteger done) {
        for (int i = 0; i < stories; i++) {
            long id = suite.newsroom.publishNew(Newsroom.story("ข่าวสตรีม " + tag + " เรื่องที่ " + i, tag,
                    false));
            int roll = random.nextInt(10);
            if (roll == 0) {
                Newsroom.expect(suite.newsroom.retract(id), 200);
            } else if (roll < 3) {
                long version = Newsroom.expect(suite.newsroom.send("GET", "/" + id, null, null), 200)
                        .json().get("version").asLong();
                Newsroom.expect(suite.newsroom.replace(id, version, Newsroom.story("ข่าวสตรีมฉบับแก้ไข " + tag
                        + " เรื่องที่ " + i, tag, false)), 200);
            }
            done.incrementAndGet();
        }
    }

    /** Asks for a rebuild and returns once the replay has started and caught up again. */
    private static void rebuild(Suite.Running suite) throws IOException {
        Path log = suite.control.logs().resolve(FEED + ".log");
        long before = rebuildsLogged(log);
        Newsroom.expect(Http.postJson(suite.control.url(FEED) + "/actuator/rebuild", null), 200);
        await().atMost(Duration.ofMinutes(1)).until(() -> rebuildsLogged(log) > before);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() ->
                Http.get(suite.control.url(FEED) + "/actuator/health/readiness").status() == 200);
    }

    private static long rebuildsLogged(Path log) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("Rebuilding the view from offset 0")).count();
        }
    }

    private static Set<Long> publishedIds(Suite.Running suite) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection db = suite.database("article"); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT id FROM article WHERE status = 'published'")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
