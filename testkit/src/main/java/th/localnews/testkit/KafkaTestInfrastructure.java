package th.localnews.testkit;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points {@code spring.kafka.bootstrap-servers} at the JVM's shared test broker and gives each application
 * context a consumer group of its own ({@code <configured group>-it-<n>}): cached contexts keep their
 * listeners running, and with one shared group they would take partitions from the context under test.
 * Listeners that name their group ({@code groupId}, or {@code id} with {@code idIsGroup}) keep that name.
 */
@TestConfiguration(proxyBeanMethods = false)
public class KafkaTestInfrastructure {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    @Bean
    DynamicPropertyRegistrar kafkaTestProperties(Environment environment) {
        String configuredGroup = environment.getProperty("spring.kafka.consumer.group-id",
                environment.getProperty("spring.application.name", "app"));
        String groupId = configuredGroup + "-it-" + CONTEXTS.incrementAndGet();
        return registry -> {
            registry.add("spring.kafka.bootstrap-servers", KafkaInfrastructure::bootstrapServers);
            registry.add("spring.kafka.consumer.group-id", () -> groupId);
        };
    }
}
