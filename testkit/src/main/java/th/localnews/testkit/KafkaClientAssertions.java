package th.localnews.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The project's rule for Kafka clients: every setting whose default would silently weaken delivery is set
 * explicitly, and the value the client will actually use is the safe one. Checks the factories Boot built.
 */
public final class KafkaClientAssertions {

    private KafkaClientAssertions() {
    }

    /** acks=all, idempotence on, linger.ms set explicitly. */
    public static void assertDurableProducer(ProducerFactory<?, ?> factory) {
        Map<String, Object> configured = factory.getConfigurationProperties();
        assertThat(configured).containsKeys(ProducerConfig.ACKS_CONFIG, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                ProducerConfig.LINGER_MS_CONFIG);
        ProducerConfig effective = new ProducerConfig(configured);
        // the client normalises "all" to "-1"
        assertThat(effective.getString(ProducerConfig.ACKS_CONFIG)).isIn("all", "-1");
        assertThat(effective.getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)).isTrue();
        assertThat(effective.getLong(ProducerConfig.LINGER_MS_CONFIG)).isBetween(0L, 5L);
    }

    /** No auto-commit, only committed records, a new group starts from the beginning of the log. */
    public static void assertCommittedReadsFromEarliest(ConsumerFactory<?, ?> factory) {
        Map<String, Object> configured = factory.getConfigurationProperties();
        assertThat(configured).containsKeys(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG);
        ConsumerConfig effective = new ConsumerConfig(configured);
        assertThat(effective.getBoolean(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG)).isFalse();
        assertThat(effective.getString(ConsumerConfig.ISOLATION_LEVEL_CONFIG)).isEqualTo("read_committed");
        assertThat(effective.getString(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG)).isEqualTo("earliest");
    }
}
