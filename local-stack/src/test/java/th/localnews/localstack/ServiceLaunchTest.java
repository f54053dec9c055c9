package th.localnews.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceLaunchTest {

    private final StackSettings settings = StackSettings.from(Map.of(
            "LOCALNEWS_PORT", "18080",
            "LOCALNEWS_ARTICLE_SERVICE_PORT", "18081",
            "LOCALNEWS_POSTGRES_PORT", "15432",
            "LOCALNEWS_KAFKA_PORT", "19092",
            "LOCALNEWS_JAVA_OPTS", "-Xmx128m -Dcustom=1"), Path.of("/repo"));
    private final DevCredentials credentials = new DevCredentials("client", "client-secret", "editor", "password");
    private final VapidKeyPair vapid = new VapidKeyPair("public-key", "private-key");

    @Test
    void runsTheServiceJarWithTheChosenJvmOptionsAndMarksTheProcess() {
        List<String> command = ServiceLaunch.command(settings, service("feed-service"),
                ClassDataArchive.off(settings, service("feed-service")));

        assertThat(command.get(0)).endsWith("/bin/java");
        assertThat(command).containsSubsequence("-Xmx128m", "-Dcustom=1", "-jar",
                "/repo/feed-service/target/feed-service.jar");
        assertThat(command).contains("-Dlocalnews.home=/repo/.localnews", "-Dlocalnews.process=feed-service");
        assertThat(command).noneMatch(option -> option.contains("SharedArchiveFile") || option.contains("ArchiveClasses"));
    }

    @Test
    void runsTheExtractedJarWithItsArchiveOnceOneWasRecorded() {
        Path cds = Path.of("/repo/.localnews/cds/feed-service");
        ClassDataArchive archive = new ClassDataArchive(ClassDataArchive.State.IN_USE,
                cds.resolve("app/feed-service.jar"), cds.resolve("feed-service.jsa"), cds.resolve("recording.jsa"));

        List<String> command = ServiceLaunch.command(settings, service("feed-service"), archive);

        assertThat(command).containsSubsequence("-Xmx128m", "-XX:SharedArchiveFile=" + cds.resolve("feed-service.jsa"),
                "-jar", "/repo/.localnews/cds/feed-service/app/feed-service.jar");
    }

    @Test
    void wiresAServiceWithStateToItsOwnDatabaseAndToKafka() {
        Map<String, String> env = ServiceLaunch.environment(settings, service("article-service"), credentials, vapid);

        assertThat(env).containsEntry("SERVER_PORT", "18081")
                .containsEntry("SERVER_ADDRESS", "127.0.0.1")
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:15432/article")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "postgres")
                .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
                .containsEntry("LOCALNEWS_PUBLIC_URL", "http://localhost:18080");
    }

    @Test
    void givesAServiceWithoutStateNoDatabase() {
        Map<String, String> env = ServiceLaunch.environment(settings, service("feed-service"), credentials, vapid);

        assertThat(env).doesNotContainKey("SPRING_DATASOURCE_URL")
                .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092");
    }

    @Test
    void pointsTheGatewayAtEveryBackend() {
        Map<String, String> env = ServiceLaunch.environment(settings, service("gateway"), credentials, vapid);

        assertThat(env).containsEntry("SERVER_PORT", "18080")
                .containsEntry("ARTICLE_SERVICE_URI", "http://127.0.0.1:18081")
                .containsEntry("FEED_SERVICE_URI", "http://127.0.0.1:8082")
                .containsEntry("NOTIFICATION_SERVICE_URI", "http://127.0.0.1:8083")
                .containsEntry("AUTH_SERVER_URI", "http://127.0.0.1:9000")
                .containsEntry("WEB_URI", "http://127.0.0.1:8085");
    }

    @Test
    void handsTheDevCredentialsToTheIssuerOnly() {
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            Map<String, String> env = ServiceLaunch.environment(settings, service, credentials, vapid);

            if (service.name().equals("auth-server")) {
                assertThat(env).containsEntry("NEWSROOM_CLIENT_SECRET", "client-secret")
                        .containsEntry("EDITOR_PASSWORD", "password")
                        .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:15432/auth");
            } else {
                assertThat(env).doesNotContainKeys("NEWSROOM_CLIENT_SECRET", "EDITOR_PASSWORD");
            }
        }
    }

    @Test
    void pointsTheTokenCheckersAtTheIssuerThroughThePublicUrlAndItsKeysDirectly() {
        for (String name : new String[] {"gateway", "article-service"}) {
            assertThat(ServiceLaunch.environment(settings, service(name), credentials, vapid))
                    .containsEntry("NEWSROOM_JWT_ISSUER", "http://localhost:18080")
                    .containsEntry("NEWSROOM_JWK_SET_URI", "http://127.0.0.1:9000/oauth2/jwks");
        }
        assertThat(ServiceLaunch.environment(settings, service("feed-service"), credentials, vapid))
                .doesNotContainKey("NEWSROOM_JWT_ISSUER");
    }

    @Test
    void givesTheVapidKeysAndLoopbackWebhooksToTheAlertSenderOnly() {
        assertThat(ServiceLaunch.environment(settings, service("notification-service"), credentials, vapid))
                .containsEntry("NOTIFICATION_VAPID_PUBLIC_KEY", "public-key")
                .containsEntry("NOTIFICATION_VAPID_PRIVATE_KEY", "private-key")
                .containsEntry("NOTIFICATION_ALLOW_LOOPBACK_HTTP", "true")
                .containsEntry("NOTIFICATION_SITE_URL", "http://localhost:18080")
                .containsEntry("NOTIFICATION_QUIET_START", "00:00").containsEntry("NOTIFICATION_QUIET_END", "00:00");
        assertThat(ServiceLaunch.environment(settings, service("web"), credentials, vapid))
                .doesNotContainKeys("NOTIFICATION_VAPID_PRIVATE_KEY", "NOTIFICATION_ALLOW_LOOPBACK_HTTP");
    }

    @Test
    void givesEachStatefulServiceADatabaseOfItsOwn() {
        assertThat(ServiceDefinition.databases()).containsExactly("article", "notification", "auth");
    }

    private static ServiceDefinition service(String name) {
        return ServiceDefinition.ALL.stream().filter(service -> service.name().equals(name)).findFirst().orElseThrow();
    }
}
