package th.localnews.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/** The real Kafka broker, from the kafka_2.13 jars, in a JVM of its own. */
final class KafkaBroker {

    private final StackSettings settings;
    private final Path serverProperties;
    private final Path loggingConfig;

    KafkaBroker(StackSettings settings) {
        this.settings = settings;
        this.serverProperties = KafkaConfig.directory(settings).resolve("server.properties");
        this.loggingConfig = KafkaConfig.directory(settings).resolve("log4j2.properties");
    }

    /** Writes the configuration for this run's ports, and formats the storage the first time only. */
    void prepare(Path log) throws InterruptedException {
        try {
            Files.createDirectories(KafkaConfig.dataDirectory(settings));
            Files.writeString(serverProperties, KafkaConfig.serverProperties(settings), StandardCharsets.UTF_8);
            try (InputStream config = KafkaBroker.class.getResourceAsStream("kafka-log4j2.properties")) {
                Files.copy(config, loggingConfig, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.exists(KafkaConfig.dataDirectory(settings).resolve("meta.properties"))) {
            format(log);
        }
    }

    ManagedProcess start(Path log) {
        List<String> command = jvm("kafka");
        command.add("kafka.Kafka");
        command.add(serverProperties.toString());
        return ManagedProcess.start(StackSettings.KAFKA, command, Map.of(), settings.root(), log);
    }

    /** Ready when the broker answers a metadata request: then it has joined its own quorum and takes clients. */
    void awaitReady(ManagedProcess broker, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 250))) {
            while (true) {
                if (!broker.isAlive()) {
                    throw new StartupFailure("kafka exited with code %d while starting"
                            .formatted(broker.exitCode().orElse(-1)), broker.log());
                }
                if (System.nanoTime() > deadline) {
                    throw new StartupFailure("kafka not ready after %d s".formatted(timeout.toSeconds()),
                            broker.log());
                }
                if (answers(admin)) {
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
    }

    private static boolean answers(Admin admin) throws InterruptedException {
        try {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** The cluster id is made here, not by the storage tool, whose id output comes mixed with its log lines. */
    private void format(Path log) throws InterruptedException {
        List<String> command = jvm("kafka-storage");
        command.addAll(List.of("kafka.tools.StorageTool", "format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", serverProperties.toString(), "--ignore-formatted"));
        ManagedProcess tool = ManagedProcess.start("kafka-storage", command, Map.of(), settings.root(), log);
        if (!tool.awaitSuccess(Duration.ofSeconds(120))) {
            throw new StartupFailure("could not format Kafka's storage in " + KafkaConfig.dataDirectory(settings),
                    log);
        }
    }

    private List<String> jvm(String processName) {
        List<String> command = JavaCommand.of(settings, settings.kafkaJavaOptions(), processName);
        command.add("-Dlog4j2.configurationFile=" + loggingConfig);
        command.add("-cp");
        command.add(settings.localStackTarget().resolve("kafka-libs").resolve("*").toString());
        return command;
    }
}
