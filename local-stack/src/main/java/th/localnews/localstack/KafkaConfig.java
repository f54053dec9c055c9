package th.localnews.localstack;

import java.nio.file.Path;

/** A single KRaft node that is both broker and controller, reachable from this machine only. */
final class KafkaConfig {

    private KafkaConfig() {
    }

    static Path directory(StackSettings settings) {
        return settings.home().resolve("kafka");
    }

    static Path dataDirectory(StackSettings settings) {
        return directory(settings).resolve("data");
    }

    /**
     * Replication settings of one are what a single broker can honour; a static voter set needs no quorum
     * bootstrap, and an initial rebalance delay of zero lets the services' consumers start at once. The controller
     * writes a no-op record to its metadata log every 5 s instead of every 0.5 s: on an idle machine those writes
     * were about a third of the broker's CPU (bench/startup.sh, P6), and a single node has no follower to keep up.
     */
    static String serverProperties(StackSettings settings) {
        int port = settings.port(StackSettings.KAFKA);
        int controllerPort = settings.port(StackSettings.KAFKA_CONTROLLER);
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                num.partitions=1
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                metadata.max.idle.interval.ms=5000
                """.formatted(port, controllerPort, dataDirectory(settings));
    }
}
