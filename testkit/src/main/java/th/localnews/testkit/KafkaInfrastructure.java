package th.localnews.testkit;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * One real Kafka broker per JVM, started on first use and shared by every test context in it: starting a
 * broker costs seconds, while topics named per test keep tests apart.
 */
public final class KafkaInfrastructure {

    /** Overrides the image used in {@link InfrastructureMode#DOCKER} mode. */
    public static final String IMAGE_PROPERTY = "localnews.test.kafka-image";

    private static final String DEFAULT_IMAGE = "apache/kafka:4.1.2";
    private static final int PARTITIONS_PER_TOPIC = 1;

    private static volatile String bootstrapServers;

    private KafkaInfrastructure() {
    }

    /** Starts the broker if needed and returns its bootstrap servers ({@code host:port}). */
    public static String bootstrapServers() {
        String servers = bootstrapServers;
        if (servers == null) {
            synchronized (KafkaInfrastructure.class) {
                if (bootstrapServers == null) {
                    bootstrapServers = start(InfrastructureMode.current());
                }
                servers = bootstrapServers;
            }
        }
        return servers;
    }

    public static boolean isRunning() {
        return bootstrapServers != null;
    }

    private static String start(InfrastructureMode mode) {
        return mode == InfrastructureMode.DOCKER ? startContainer() : startEmbedded();
    }

    private static String startEmbedded() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS_PER_TOPIC);
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-shutdown"));
        return broker.getBrokersAsString();
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
    private static String startContainer() {
        KafkaContainer container = new KafkaContainer(image());
        try {
            container.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not start Kafka in Docker; set "
                    + InfrastructureMode.ENVIRONMENT_VARIABLE + "=embedded to run without Docker", e);
        }
        return container.getBootstrapServers();
    }

    private static DockerImageName image() {
        // a mirror or a pinned digest may be configured in place of the official image
        return DockerImageName.parse(System.getProperty(IMAGE_PROPERTY, DEFAULT_IMAGE))
                .asCompatibleSubstituteFor("apache/kafka");
    }
}
