package th.localnews.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void usesTheDocumentedDefaultsWhenNothingIsSet() {
        StackSettings settings = StackSettings.from(Map.of(), ROOT);

        assertThat(settings.home()).isEqualTo(Path.of("/repo/.localnews"));
        assertThat(settings.port("gateway")).isEqualTo(8080);
        assertThat(settings.port("article-service")).isEqualTo(8081);
        assertThat(settings.port("feed-service")).isEqualTo(8082);
        assertThat(settings.port("notification-service")).isEqualTo(8083);
        assertThat(settings.port("auth-server")).isEqualTo(9000);
        assertThat(settings.port("web")).isEqualTo(8085);
        assertThat(settings.port(StackSettings.KAFKA)).isEqualTo(9092);
        assertThat(settings.port(StackSettings.KAFKA_CONTROLLER)).isEqualTo(9093);
        assertThat(settings.port(StackSettings.POSTGRES)).isEqualTo(5432);
        assertThat(settings.serviceJavaOptions()).contains("-Xmx256m", "-XX:+UseSerialGC");
        assertThat(settings.kafkaJavaOptions()).contains("-Xmx256m");
        assertThat(settings.startupTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(settings.classDataSharing()).isTrue();
    }

    @Test
    void turnsClassDataSharingOffAndRefusesAnythingButOnOrOff() {
        assertThat(StackSettings.from(Map.of("LOCALNEWS_CDS", "off"), ROOT).classDataSharing()).isFalse();
        assertThat(StackSettings.from(Map.of("LOCALNEWS_CDS", "ON"), ROOT).classDataSharing()).isTrue();
        assertThatThrownBy(() -> StackSettings.from(Map.of("LOCALNEWS_CDS", "maybe"), ROOT))
                .hasMessage("LOCALNEWS_CDS must be on or off, not \"maybe\"");
    }

    @Test
    void takesEveryPortHomeAndJvmOptionFromTheEnvironment() {
        StackSettings settings = StackSettings.from(Map.of(
                "LOCALNEWS_PORT", "18080",
                "LOCALNEWS_AUTH_SERVER_PORT", "19000",
                "LOCALNEWS_KAFKA_PORT", "19092",
                "LOCALNEWS_POSTGRES_PORT", "15432",
                "LOCALNEWS_HOME", "tmp/stack",
                "LOCALNEWS_JAVA_OPTS", " -Xmx512m  -XX:+UseG1GC ",
                "LOCALNEWS_STARTUP_TIMEOUT", "300"), ROOT);

        assertThat(settings.port("gateway")).isEqualTo(18080);
        assertThat(settings.port("auth-server")).isEqualTo(19000);
        assertThat(settings.port(StackSettings.KAFKA)).isEqualTo(19092);
        assertThat(settings.kafkaBootstrapServers()).isEqualTo("127.0.0.1:19092");
        assertThat(settings.port(StackSettings.POSTGRES)).isEqualTo(15432);
        assertThat(settings.home()).isEqualTo(Path.of("/repo/tmp/stack"));
        assertThat(settings.serviceJavaOptions()).containsExactly("-Xmx512m", "-XX:+UseG1GC");
        assertThat(settings.startupTimeout()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void keepsAnAbsoluteHomeAsGiven() {
        StackSettings settings = StackSettings.from(Map.of("LOCALNEWS_HOME", "/var/tmp/localnews"), ROOT);

        assertThat(settings.home()).isEqualTo(Path.of("/var/tmp/localnews"));
        assertThat(settings.logs()).isEqualTo(Path.of("/var/tmp/localnews/logs"));
    }

    @Test
    void namesTheVariableWhenAPortIsNotANumber() {
        assertThatThrownBy(() -> StackSettings.from(Map.of("LOCALNEWS_PORT", "eighty"), ROOT))
                .isInstanceOf(StartupFailure.class)
                .hasMessage("LOCALNEWS_PORT must be a number from 1 to 65535, not \"eighty\"");
    }

    @Test
    void rejectsAPortOutsideTheValidRange() {
        assertThatThrownBy(() -> StackSettings.from(Map.of("LOCALNEWS_KAFKA_PORT", "70000"), ROOT))
                .hasMessageContaining("LOCALNEWS_KAFKA_PORT must be a number from 1 to 65535");
    }

    @Test
    void namesBothVariablesWhenTwoPortsClash() {
        assertThatThrownBy(() -> StackSettings.from(Map.of("LOCALNEWS_PORT", "8085"), ROOT))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("LOCALNEWS_PORT (gateway)")
                .hasMessageContaining("LOCALNEWS_WEB_PORT (web)")
                .hasMessageContaining("port 8085");
    }

    @Test
    void listsEveryPortItWillCheck() {
        StackSettings settings = StackSettings.from(Map.of(), ROOT);

        assertThat(settings.ports().values()).extracting(StackSettings.PortSetting::variable).containsExactly(
                "LOCALNEWS_ARTICLE_SERVICE_PORT", "LOCALNEWS_FEED_SERVICE_PORT",
                "LOCALNEWS_NOTIFICATION_SERVICE_PORT", "LOCALNEWS_AUTH_SERVER_PORT", "LOCALNEWS_WEB_PORT",
                "LOCALNEWS_PORT", "LOCALNEWS_KAFKA_PORT", "LOCALNEWS_KAFKA_CONTROLLER_PORT",
                "LOCALNEWS_POSTGRES_PORT");
    }
}
