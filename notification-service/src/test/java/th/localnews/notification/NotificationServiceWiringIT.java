package th.localnews.notification;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

import th.localnews.testkit.IntegrationTest;
import th.localnews.testkit.KafkaClientAssertions;

@IntegrationTest
class NotificationServiceWiringIT {

    static final String TOPIC = "notification-wiring-it";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    ProcessedEventRecorder recorder;

    @Autowired
    ProducerFactory<?, ?> producerFactory;

    @Autowired
    ConsumerFactory<?, ?> consumerFactory;

    @Autowired
    KafkaListenerEndpointRegistry registry;

    @Test
    void flywayMigratesTheProcessedEventTableOnPostgres17() {
        assertThat(jdbc.queryForObject("SELECT current_setting('server_version_num')::int / 10000", Integer.class))
                .isEqualTo(17);
        assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success", String.class))
                .contains("1");
    }

    @Test
    void redeliveredEventIsRecordedOnlyOnce() throws Exception {
        String eventId = UUID.randomUUID().toString();

        kafkaTemplate.send(TOPIC, eventId, "first delivery").get(10, SECONDS);
        kafkaTemplate.send(TOPIC, eventId, "redelivery").get(10, SECONDS);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(recorder.attempts(eventId)).isEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Integer.class,
                    eventId)).isEqualTo(1);
        });
    }

    @Test
    void kafkaClientsKeepTheDeliveryGuaranteesExplicit() {
        KafkaClientAssertions.assertDurableProducer(producerFactory);
        KafkaClientAssertions.assertCommittedReadsFromEarliest(consumerFactory);
        // idle consumers wait 5 s on the broker (NOTIFICATION_KAFKA_FETCH_MAX_WAIT), not Kafka's 500 ms
        assertThat(consumerFactory.getConfigurationProperties()).containsEntry("fetch.max.wait.ms", 5000);
    }

    @Test
    void aDispatchConsumerPollsAsManyRecordsAsMakeOneBatchOfAlerts() {
        // 64 alerts at once, 32 subscribers a record (the defaults): two records
        assertThat(registry.getListenerContainers()).filteredOn(container -> Arrays.asList(
                        container.getContainerProperties().getTopics()).contains("notification-dispatch"))
                .singleElement()
                .satisfies(container -> assertThat(container.getContainerProperties().getKafkaConsumerProperties())
                        .containsEntry("max.poll.records", "2"));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class WiringListenerConfiguration {

        @Bean
        NewTopic wiringTopic() {
            return TopicBuilder.name(TOPIC).partitions(1).replicas(1).build();
        }

        @Bean
        ProcessedEventRecorder processedEventRecorder(JdbcTemplate jdbc) {
            return new ProcessedEventRecorder(jdbc);
        }
    }

    /** Consumes through Boot's listener container factory and records the event id the idempotent way. */
    static class ProcessedEventRecorder {

        private final JdbcTemplate jdbc;
        private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

        ProcessedEventRecorder(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @KafkaListener(topics = TOPIC)
        void onEvent(ConsumerRecord<String, String> record) {
            jdbc.update("INSERT INTO processed_event (event_id) VALUES (?) ON CONFLICT (event_id) DO NOTHING",
                    record.key());
            attempts.computeIfAbsent(record.key(), key -> new AtomicInteger()).incrementAndGet();
        }

        int attempts(String eventId) {
            AtomicInteger count = attempts.get(eventId);
            return count == null ? 0 : count.get();
        }
    }
}
