package th.localnews.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaConfigTest {

    @Test
    void runsOneCombinedNodeOnLoopbackOnlyWithItsDataInTheStateDirectory() throws Exception {
        StackSettings settings = StackSettings.from(Map.of("LOCALNEWS_KAFKA_PORT", "19092",
                "LOCALNEWS_KAFKA_CONTROLLER_PORT", "19093", "LOCALNEWS_HOME", "/tmp/stack"), Path.of("/repo"));
        Properties properties = new Properties();

        properties.load(new StringReader(KafkaConfig.serverProperties(settings)));

        assertThat(properties)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("log.dirs", "/tmp/stack/kafka/data")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                // the idle controller's no-op record every 5 s, not the default 0.5 s (P6 idle CPU)
                .containsEntry("metadata.max.idle.interval.ms", "5000");
    }
}
