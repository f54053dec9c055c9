package th.localnews.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One Boot service of the suite as the launcher runs it.
 *
 * @param database    its own PostgreSQL database, if it keeps state
 * @param uriVariable the variable through which the gateway learns where it is, if the gateway routes to it
 */
record ServiceDefinition(String name, String portVariable, int defaultPort, Optional<String> database,
                         boolean usesKafka, Optional<String> uriVariable) {

    static final String GATEWAY = "gateway";
    static final String AUTH_SERVER = "auth-server";

    /** Start order is this order; the gateway comes last, as it is the door people knock on. */
    static final List<ServiceDefinition> ALL = List.of(
            new ServiceDefinition("article-service", "LOCALNEWS_ARTICLE_SERVICE_PORT", 8081,
                    Optional.of("article"), true, Optional.of("ARTICLE_SERVICE_URI")),
            new ServiceDefinition("feed-service", "LOCALNEWS_FEED_SERVICE_PORT", 8082,
                    Optional.empty(), true, Optional.of("FEED_SERVICE_URI")),
            new ServiceDefinition("notification-service", "LOCALNEWS_NOTIFICATION_SERVICE_PORT", 8083,
                    Optional.of("notification"), true, Optional.of("NOTIFICATION_SERVICE_URI")),
            new ServiceDefinition(AUTH_SERVER, "LOCALNEWS_AUTH_SERVER_PORT", 9000,
                    Optional.of("auth"), false, Optional.of("AUTH_SERVER_URI")),
            new ServiceDefinition("web", "LOCALNEWS_WEB_PORT", 8085,
                    Optional.empty(), false, Optional.of("WEB_URI")),
            new ServiceDefinition(GATEWAY, "LOCALNEWS_PORT", 8080,
                    Optional.empty(), false, Optional.empty()));

    static List<String> databases() {
        return ALL.stream().flatMap(service -> service.database().stream()).toList();
    }

    static ServiceDefinition byName(String name) {
        return ALL.stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service named " + name));
    }

    Path jar(Path root) {
        return root.resolve(name).resolve("target").resolve(name + ".jar");
    }

    boolean isGateway() {
        return GATEWAY.equals(name);
    }

    /** The services that check newsroom tokens themselves, behind the gateway's own check. */
    boolean validatesTokens() {
        return isGateway() || "article-service".equals(name);
    }

    boolean sendsAlerts() {
        return "notification-service".equals(name);
    }

    /** Only the issuer needs the dev credentials; no other service should be able to read them. */
    boolean receivesDevCredentials() {
        return AUTH_SERVER.equals(name);
    }
}
