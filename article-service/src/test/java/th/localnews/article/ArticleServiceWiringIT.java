package th.localnews.article;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

import th.localnews.article.outbox.OutboxRelay;
import th.localnews.testkit.IntegrationTest;
import th.localnews.testkit.KafkaClientAssertions;

@IntegrationTest
class ArticleServiceWiringIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaAdmin kafkaAdmin;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    ProducerFactory<?, ?> producerFactory;

    @Autowired
    ConsumerFactory<String, String> consumerFactory;

    @Autowired
    OutboxRelay relay;

    @Test
    void flywayMigratesTheOutboxOnPostgres17() {
        assertThat(jdbc.queryForObject("SELECT current_setting('server_version_num')::int / 10000", Integer.class))
                .isEqualTo(17);
        assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success", String.class))
                .contains("1");
    }

    @Test
    void outboxHandsTheRelayOnlyUnpublishedEventsInWriteOrder() {
        // the running relay would send these hand-made rows (not real events) while the query looks at them
        relay.stop();
        try {
            UUID sent = insertOutboxEvent("th.localnews.article.published");
            UUID updated = insertOutboxEvent("th.localnews.article.updated");
            UUID retracted = insertOutboxEvent("th.localnews.article.retracted");
            jdbc.update("UPDATE outbox_event SET published_at = now() WHERE id = ?", sent);

            List<UUID> pending = jdbc.queryForList(
                    "SELECT id FROM outbox_event WHERE published_at IS NULL ORDER BY sequence_no", UUID.class);

            assertThat(pending).containsExactly(updated, retracted);
        } finally {
            jdbc.update("DELETE FROM outbox_event WHERE aggregate_id = '42'");
            relay.start();
        }
    }

    @Test
    void recordSentThroughBootsTemplateReachesAConsumer() throws Exception {
        String topic = "article-wiring-" + UUID.randomUUID();
        kafkaAdmin.createOrModifyTopics(TopicBuilder.name(topic).partitions(1).replicas(1).build());

        kafkaTemplate.send(topic, "42", "{\"title\":\"น้ำท่วมเทศบาลนครขอนแก่น\"}").get(10, SECONDS);

        try (Consumer<String, String> consumer = consumerFactory.createConsumer("article-wiring-it", null)) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                assertThat(received).extracting(ConsumerRecord::key, ConsumerRecord::value)
                        .containsExactly(tuple("42", "{\"title\":\"น้ำท่วมเทศบาลนครขอนแก่น\"}"));
            });
        }
    }

    @Test
    void kafkaClientsKeepTheDeliveryGuaranteesExplicit() {
        KafkaClientAssertions.assertDurableProducer(producerFactory);
        KafkaClientAssertions.assertCommittedReadsFromEarliest(consumerFactory);
    }

    private UUID insertOutboxEvent(String type) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO outbox_event (id, aggregate_id, event_type, topic, record_key, payload, headers)
                VALUES (?, '42', ?, 'article-events', '42', '{"version": 1}'::jsonb, '{"ce_specversion": "1.0"}'::jsonb)
                """, id, type);
        return id;
    }
}
