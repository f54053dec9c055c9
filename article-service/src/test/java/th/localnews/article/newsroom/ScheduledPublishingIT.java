package th.localnews.article.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.localnews.article.outbox.OutboxRelay;
import th.localnews.article.support.ArticleEventLog;
import th.localnews.article.support.NewsroomApi;
import th.localnews.article.support.NewsroomIntegrationTest;
import th.localnews.article.support.TestTokens;
import th.localnews.events.ArticleEvent;
import th.localnews.events.ArticleEventType;

@NewsroomIntegrationTest
class ScheduledPublishingIT {

    private static final int STORIES = 8;

    @LocalServerPort
    int port;

    @Autowired
    NewsroomService newsroom;

    @Autowired
    OutboxRelay relay;

    @Test
    void twoSchedulersRacingPublishEveryDueStoryExactlyOnce() throws Exception {
        NewsroomApi api = new NewsroomApi(port);
        Instant at = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        // an editor in Bangkok sends local time with its offset; the newsroom answers in UTC
        String bangkok = OffsetDateTime.ofInstant(at, ZoneOffset.ofHours(7)).toString();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < STORIES; i++) {
            long id = api.create(NewsroomApi.story("ทน.อุดรธานีประกาศวันหยุดพิเศษ " + i)).id();
            NewsroomApi.Response scheduled = api.send("POST", "/api/newsroom/articles/" + id + "/publish",
                    TestTokens.editor(), NewsroomApi.json(Map.of("at", bangkok)), "application/json", null);
            assertThat(scheduled.json().get("status").asString()).isEqualTo("scheduled");
            assertThat(scheduled.json().get("scheduledFor").asString()).isEqualTo(at.toString());
            ids.add(id);
        }

        Instant due = at.plus(1, ChronoUnit.HOURS);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService schedulers = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = schedulers.submit(() -> drain(start, due));
            Future<Integer> second = schedulers.submit(() -> drain(start, due));
            assertThat(first.get() + second.get()).isEqualTo(STORIES);
        } finally {
            schedulers.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<Long, List<ArticleEvent>> log = ArticleEventLog.byArticle();
            ids.forEach(id -> assertThat(log.getOrDefault(id, List.of())).hasSize(1));
        });
        relay.relayAll();
        Map<Long, List<ArticleEvent>> log = ArticleEventLog.byArticle();
        for (long id : ids) {
            assertThat(log.get(id)).singleElement()
                    .satisfies(event -> assertThat(event.type()).isEqualTo(ArticleEventType.PUBLISHED));
            assertThat(newsroom.revisions(id)).hasSize(1);
            assertThat(newsroom.get(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
        }
    }

    @Test
    void theSchedulerPublishesAStoryWhenItsTimeComes() {
        NewsroomApi api = new NewsroomApi(port);
        long id = api.create(NewsroomApi.story("อบจ.ขอนแก่นแถลงงบประมาณตามเวลาที่นัดไว้")).id();
        Instant soon = Instant.now().plusSeconds(2);

        NewsroomApi.Response scheduled = api.send("POST", "/api/newsroom/articles/" + id + "/publish",
                TestTokens.editor(), NewsroomApi.json(Map.of("at", soon.toString())), "application/json", null);
        assertThat(scheduled.json().get("status").asString()).isEqualTo("scheduled");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ArticleEventLog.eventsOf(id)).singleElement().satisfies(event -> {
                    assertThat(event.type()).isEqualTo(ArticleEventType.PUBLISHED);
                    assertThat(event.article().publishedAt()).isAfterOrEqualTo(soon);
                }));
        assertThat(api.get(id).json().get("status").asString()).isEqualTo("published");
    }

    @Test
    void schedulingInThePastIsABadRequestThatSaysWhatToFix() {
        NewsroomApi api = new NewsroomApi(port);
        long id = api.create(NewsroomApi.story("ทม.ลำพูนเลื่อนงานประจำปี")).id();

        NewsroomApi.Response response = api.send("POST", "/api/newsroom/articles/" + id + "/publish",
                TestTokens.editor(), NewsroomApi.json(Map.of("at", "2020-01-01T10:00:00+07:00")), "application/json",
                null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("at");
        assertThat(api.get(id).json().get("status").asString()).isEqualTo("draft");
    }

    /** One scheduler instance: small batches, so the two really interleave. */
    private int drain(CyclicBarrier start, Instant now) throws Exception {
        start.await();
        int total = 0;
        int published;
        do {
            published = newsroom.publishDue(now, 3);
            total += published;
        } while (published > 0);
        return total;
    }
}
