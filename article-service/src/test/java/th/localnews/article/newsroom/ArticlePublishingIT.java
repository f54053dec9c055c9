package th.localnews.article.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import th.localnews.article.outbox.OutboxJanitor;
import th.localnews.article.outbox.OutboxRelay;
import th.localnews.article.support.ArticleEventLog;
import th.localnews.article.support.NewsroomApi;
import th.localnews.article.support.NewsroomIntegrationTest;
import th.localnews.article.support.TestTokens;
import th.localnews.testkit.KafkaClientAssertions;
import th.localnews.testkit.KafkaInfrastructure;
import th.localnews.events.ArticleEvent;
import th.localnews.events.ArticleEventTopics;
import th.localnews.events.ArticleEventType;
import th.localnews.events.ArticleSnapshot;

@NewsroomIntegrationTest
class ArticlePublishingIT {

    private static final Duration EVENT_WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    NewsroomService newsroom;

    @Autowired
    OutboxRelay relay;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    OutboxJanitor janitor;

    @Autowired
    DataSource dataSource;

    NewsroomApi api;

    @BeforeEach
    void client() {
        api = new NewsroomApi(port);
    }

    @Test
    void publishingPutsExactlyOnePublishedEventWithTheWholeStoryOnTheTopic() {
        NewsroomApi.Response created = api.create(NewsroomApi.story("เทศบาลนครขอนแก่นเปิดศูนย์พักพิงชั่วคราว"));
        assertThat(created.status()).isEqualTo(201);
        long id = created.id();
        assertThat(created.header("Location")).endsWith("/api/newsroom/articles/" + id);
        assertThat(created.json().get("status").asString()).isEqualTo("draft");
        assertThat(created.json().get("version").asLong()).isEqualTo(1);
        assertThat(outboxRows(id)).isZero();

        NewsroomApi.Response published = api.publish(id);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("published");

        await().atMost(EVENT_WAIT).untilAsserted(() -> assertThat(ArticleEventLog.eventsOf(id)).hasSize(1));
        relay.relayAll();
        List<ArticleEvent> events = ArticleEventLog.eventsOf(id);
        assertThat(events).hasSize(1);
        ArticleEvent event = events.get(0);
        assertThat(event.type()).isEqualTo(ArticleEventType.PUBLISHED);
        ArticleSnapshot story = event.article();
        assertThat(story.title()).isEqualTo("เทศบาลนครขอนแก่นเปิดศูนย์พักพิงชั่วคราว");
        assertThat(story.slug()).isEqualTo(created.json().get("slug").asString()).startsWith("เทศบาล");
        assertThat(story.tags()).containsExactly("น้ำท่วม", "ขอนแก่น");
        assertThat(story.provinces()).containsExactly("TH-40");
        assertThat(story.localGovernmentUnits()).containsExactly("ทน.ขอนแก่น");
        assertThat(story.status()).isEqualTo(ArticleSnapshot.STATUS_PUBLISHED);
        assertThat(story.version()).isEqualTo(2);
        assertThat(story.imported()).isFalse();
        assertThat(story.coverImage().alt()).isEqualTo("ถนนในเมืองขอนแก่น");
    }

    @Test
    void anUpdateOfAPublishedStoryIsAnUpdatedEventWithAHigherVersionAndTheOldSlugStillResolves() {
        long id = api.create(NewsroomApi.story("อบจ.เชียงใหม่ซ่อมถนนสายหลัก")).id();
        api.publish(id);
        NewsroomApi.Response current = api.get(id);
        String oldSlug = current.json().get("slug").asString();

        Map<String, Object> changed = NewsroomApi.story("อบจ.เชียงใหม่ซ่อมถนนสายหลักเสร็จก่อนกำหนด");
        NewsroomApi.Response updated = api.send("PUT", "/api/newsroom/articles/" + id, TestTokens.editor(),
                NewsroomApi.json(changed), "application/json", current.header("ETag"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("slug").asString()).isNotEqualTo(oldSlug);

        await().atMost(EVENT_WAIT).untilAsserted(() -> assertThat(ArticleEventLog.eventsOf(id)).hasSize(2));
        List<ArticleEvent> events = ArticleEventLog.eventsOf(id);
        assertThat(events).extracting(ArticleEvent::type)
                .containsExactly(ArticleEventType.PUBLISHED, ArticleEventType.UPDATED);
        assertThat(events.get(1).version()).isGreaterThan(events.get(0).version());
        assertThat(events.get(1).article().title()).isEqualTo("อบจ.เชียงใหม่ซ่อมถนนสายหลักเสร็จก่อนกำหนด");

        NewsroomApi.Response byOldSlug = api.send("GET", "/api/newsroom/articles/" + id + "/" + oldSlug,
                TestTokens.editor(), null, null, null);
        assertThat(byOldSlug.status()).isEqualTo(200);
        assertThat(byOldSlug.json().get("slug").asString()).isEqualTo(updated.json().get("slug").asString());
    }

    @Test
    void everyPublishedChangeIsARevisionAnEditorCanListAndRead() {
        long id = api.create(NewsroomApi.story("ทต.บ้านเป็ดเปิดตลาดชุมชน")).id();
        api.publish(id);
        NewsroomApi.Response retracted = api.send("POST", "/api/newsroom/articles/" + id + "/retract",
                TestTokens.editor(), null, null, null);
        assertThat(retracted.json().get("status").asString()).isEqualTo("retracted");

        JsonNode list = api.send("GET", "/api/newsroom/articles/" + id + "/revisions", TestTokens.editor(), null,
                null, null).json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("eventType").asString()).isEqualTo("th.localnews.article.published");
        assertThat(list.get(1).get("eventType").asString()).isEqualTo("th.localnews.article.retracted");
        JsonNode first = api.send("GET", "/api/newsroom/articles/" + id + "/revisions/1", TestTokens.editor(), null,
                null, null).json();
        assertThat(first.get("article").get("status").asString()).isEqualTo("published");
        assertThat(first.get("article").get("title").asString()).isEqualTo("ทต.บ้านเป็ดเปิดตลาดชุมชน");
        NewsroomApi.Response missing = api.send("GET", "/api/newsroom/articles/" + id + "/revisions/3",
                TestTokens.editor(), null, null, null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        await().atMost(EVENT_WAIT).untilAsserted(() -> assertThat(ArticleEventLog.eventsOf(id))
                .extracting(ArticleEvent::type)
                .containsExactly(ArticleEventType.PUBLISHED, ArticleEventType.RETRACTED));
    }

    @Test
    void aRolledBackTransactionLeavesNoEvent() {
        long id = api.create(NewsroomApi.story("ทม.ชุมแพเตรียมงบประมาณใหม่")).id();

        transactions.executeWithoutResult(status -> {
            newsroom.publish(id, Optional.empty(), "editor-somchai");
            status.setRollbackOnly();
        });
        relay.relayAll();

        assertThat(outboxRows(id)).isZero();
        assertThat(ArticleEventLog.eventsOf(id)).isEmpty();
        assertThat(api.get(id).json().get("status").asString()).isEqualTo("draft");
    }

    @Test
    void anEventCommittedWhileTheRelayIsStoppedGoesOutOnceWhenItStartsAgain() {
        long id;
        relay.stop();
        try {
            id = api.create(NewsroomApi.story("อบต.โคกสีจัดงานวันเด็ก")).id();
            assertThat(api.publish(id).status()).isEqualTo(200);
            assertThat(pendingOutboxRows(id)).isEqualTo(1);
            assertThat(ArticleEventLog.eventsOf(id)).isEmpty();
        } finally {
            relay.start();
        }

        await().atMost(EVENT_WAIT).untilAsserted(() -> assertThat(pendingOutboxRows(id)).isZero());
        relay.relayAll();
        assertThat(ArticleEventLog.eventsOf(id)).hasSize(1)
                .allSatisfy(event -> assertThat(event.type()).isEqualTo(ArticleEventType.PUBLISHED));
    }

    @Test
    void aRelayRoundThatWaitsOnPostgresGivesUpAndTheNextRoundSendsTheEvent() throws Exception {
        long id;
        relay.stop();
        try {
            id = api.create(NewsroomApi.story("ทต.บ้านเป็ดซ่อมถนนหลังน้ำลด")).id();
            assertThat(api.publish(id).status()).isEqualTo(200);
            try (Connection holder = dataSource.getConnection()) {
                holder.setAutoCommit(false);
                try (PreparedStatement lock = holder.prepareStatement(
                        "SELECT id FROM outbox_event WHERE aggregate_id = ? FOR UPDATE")) {
                    lock.setString(1, Long.toString(id));
                    lock.executeQuery().close();
                }
                // the round sends the row, then waits for the row lock to stamp it: it must give up by itself
                int sent = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> relay.relayAll());
                assertThat(sent).isZero();
                assertThat(pendingOutboxRows(id)).isEqualTo(1);
                holder.rollback();
            }
            assertThat(relay.relayAll()).isPositive();
            assertThat(pendingOutboxRows(id)).isZero();
        } finally {
            relay.start();
        }
        // at least once: sent by the round that gave up and again by the one that stamped it
        assertThat(ArticleEventLog.eventsOf(id)).hasSizeBetween(1, 2)
                .allSatisfy(event -> assertThat(event.type()).isEqualTo(ArticleEventType.PUBLISHED));
    }

    @Test
    void anImportedStoryKeepsItsOriginalTimeAndIsMarkedSoNobodyIsAlerted() {
        Map<String, Object> old = NewsroomApi.story("อบจ.เชียงใหม่หนุนช่างหัตถกรรมพื้นบ้าน");
        old.put("publishedAt", "2018-01-20T09:00:00+07:00");

        NewsroomApi.Response byEditor = api.send("POST", "/api/newsroom/articles/import", TestTokens.editor(),
                NewsroomApi.json(old), "application/json", null);
        assertThat(byEditor.status()).isEqualTo(403);

        NewsroomApi.Response imported = api.send("POST", "/api/newsroom/articles/import", TestTokens.admin(),
                NewsroomApi.json(old), "application/json", null);
        assertThat(imported.status()).isEqualTo(201);
        long id = imported.id();
        assertThat(imported.json().get("publishedAt").asString()).isEqualTo("2018-01-20T02:00:00Z");

        await().atMost(EVENT_WAIT).untilAsserted(() -> assertThat(ArticleEventLog.eventsOf(id)).hasSize(1));
        ArticleSnapshot story = ArticleEventLog.eventsOf(id).get(0).article();
        assertThat(story.imported()).isTrue();
        assertThat(story.publishedAt()).isEqualTo(Instant.parse("2018-01-20T02:00:00Z"));
        assertThat(story.status()).isEqualTo(ArticleSnapshot.STATUS_PUBLISHED);
    }

    @Test
    void aStoryWithTheLargestAllowedBodyStillReachesReaders() {
        Map<String, Object> story = NewsroomApi.story("รายงานฉบับเต็มงบประมาณ อบจ.ขอนแก่น");
        // 1,046,407 bytes of UTF-8: with its envelope the record is over Kafka's default 1 MB limit
        String body = "<p>" + "งบประมาณ".repeat(43_600) + "</p>";
        story.put("body", body);
        long id = api.create(story).id();
        assertThat(api.publish(id).status()).isEqualTo(200);

        await().atMost(EVENT_WAIT).untilAsserted(() -> assertThat(ArticleEventLog.eventsOf(id)).hasSize(1));
        assertThat(ArticleEventLog.eventsOf(id).get(0).article().body()).isEqualTo(body);
    }

    @Test
    void theJanitorDeletesOnlyLongSentOutboxRows() {
        long sentLongAgo = api.create(NewsroomApi.story("ข่าวเก่าที่ส่งไปนานแล้ว")).id();
        api.publish(sentLongAgo);
        await().atMost(EVENT_WAIT).untilAsserted(() -> assertThat(pendingOutboxRows(sentLongAgo)).isZero());
        jdbc.sql("UPDATE outbox_event SET published_at = now() - interval '30 days' WHERE aggregate_id = ?")
                .param(Long.toString(sentLongAgo)).update();
        relay.stop();
        try {
            long unsent = api.create(NewsroomApi.story("ข่าวที่ยังไม่ได้ส่ง")).id();
            api.publish(unsent);

            janitor.purgeSentBefore(Duration.ofDays(7));

            assertThat(outboxRows(sentLongAgo)).isZero();
            assertThat(pendingOutboxRows(unsent)).isEqualTo(1);
        } finally {
            relay.start();
        }
    }

    @Test
    void theRelayUsesADurableIdempotentProducer() {
        KafkaClientAssertions.assertDurableProducer(kafka.getProducerFactory());
    }

    @Test
    void theArticleTopicAndItsDeadLetterTopicAreCreatedWithTheContractsConfig() throws Exception {
        String dlt = NewsroomIntegrationTest.TOPIC + ArticleEventTopics.DEAD_LETTER_SUFFIX;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaInfrastructure.bootstrapServers()))) {
            ConfigResource log = new ConfigResource(ConfigResource.Type.TOPIC, NewsroomIntegrationTest.TOPIC);
            ConfigResource dead = new ConfigResource(ConfigResource.Type.TOPIC, dlt);
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(log, dead)).all().get();
            assertThat(configs.get(log).get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
            assertThat(configs.get(log).get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
            assertThat(configs.get(log).get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value()).isEqualTo("4194304");
            assertThat(configs.get(dead).get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("delete");
            assertThat(admin.describeTopics(List.of(NewsroomIntegrationTest.TOPIC, dlt)).allTopicNames().get().values())
                    .allSatisfy(topic -> assertThat(topic.partitions()).hasSize(ArticleEventTopics.DEFAULT_PARTITIONS));
        }
    }

    private long outboxRows(long id) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?").param(Long.toString(id))
                .query(Long.class).single();
    }

    private long pendingOutboxRows(long id) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND published_at IS NULL")
                .param(Long.toString(id)).query(Long.class).single();
    }
}
