package th.localnews.feed;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

import th.localnews.testkit.IntegrationTest;
import th.localnews.testkit.KafkaClientAssertions;
import th.localnews.testkit.PostgresInfrastructure;

@IntegrationTest
class FeedServiceWiringIT {

    static final String TOPIC = "feed-wiring-it";

    @Autowired
    ApplicationContext context;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    ReceivedRecords received;

    @Autowired
    ProducerFactory<?, ?> producerFactory;

    @Autowired
    ConsumerFactory<?, ?> consumerFactory;

    @Test
    void recordSentThroughBootsTemplateReachesAListener() throws Exception {
        kafkaTemplate.send(TOPIC, "42", "ข่าวด่วน อบจ.ขอนแก่น").get(10, SECONDS);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(received.values()).containsExactly("ข่าวด่วน อบจ.ขอนแก่น"));
    }

    @Test
    void runsWithoutADatabase() {
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(PostgresInfrastructure.isRunning()).isFalse();
    }

    @Test
    void kafkaClientsKeepTheDeliveryGuaranteesExplicit() {
        KafkaClientAssertions.assertDurableProducer(producerFactory);
        KafkaClientAssertions.assertCommittedReadsFromEarliest(consumerFactory);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class WiringListenerConfiguration {

        @Bean
        NewTopic wiringTopic() {
            return TopicBuilder.name(TOPIC).partitions(1).replicas(1).build();
        }

        @Bean
        ReceivedRecords receivedRecords() {
            return new ReceivedRecords();
        }
    }

    /** Consumes through the listener container factory Boot configured. */
    static class ReceivedRecords {

        private final List<String> values = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = TOPIC)
        void onRecord(String value) {
            values.add(value);
        }

        List<String> values() {
            return values;
        }
    }
}
