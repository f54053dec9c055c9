package th.localnews.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the launcher can be told, read once from the environment.
 *
 * @param ports            every port the stack will listen on, by the name of what listens
 * @param classDataSharing whether service JVMs use (and first record) class-data archives, see
 *                         {@link ClassDataArchive}
 */
record StackSettings(Path root, Path home, Map<String, PortSetting> ports, List<String> serviceJavaOptions,
                     List<String> kafkaJavaOptions, Duration startupTimeout, boolean classDataSharing) {

    static final String KAFKA = "kafka";
    static final String KAFKA_CONTROLLER = "kafka-controller";
    static final String POSTGRES = "postgres";

    static final String DEFAULT_SERVICE_JAVA_OPTIONS =
            "-Xms32m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError";
    static final String DEFAULT_KAFKA_JAVA_OPTIONS =
            "-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true";
    static final int DEFAULT_STARTUP_TIMEOUT_SECONDS = 180;

    /** One listening port, with the variable that moves it, so a clash can be explained and fixed. */
    record PortSetting(String owner, String variable, int port) {
    }

    static StackSettings from(Map<String, String> env, Path root) {
        Path home = root.resolve(env.getOrDefault("LOCALNEWS_HOME", ".localnews")).toAbsolutePath().normalize();
        return new StackSettings(root, home, ports(env),
                options(env, "LOCALNEWS_JAVA_OPTS", DEFAULT_SERVICE_JAVA_OPTIONS),
                options(env, "LOCALNEWS_KAFKA_JAVA_OPTS", DEFAULT_KAFKA_JAVA_OPTIONS),
                Duration.ofSeconds(number(env, "LOCALNEWS_STARTUP_TIMEOUT", DEFAULT_STARTUP_TIMEOUT_SECONDS, 1,
                        Integer.MAX_VALUE)),
                onOff(env, "LOCALNEWS_CDS", true));
    }

    int port(String owner) {
        PortSetting setting = ports.get(owner);
        if (setting == null) {
            throw new IllegalArgumentException("no port for " + owner);
        }
        return setting.port();
    }

    Path logs() {
        return home.resolve("logs");
    }

    Path localStackTarget() {
        return root.resolve("local-stack").resolve("target");
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + port(KAFKA);
    }

    private static Map<String, PortSetting> ports(Map<String, String> env) {
        Map<String, PortSetting> ports = new LinkedHashMap<>();
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            add(ports, env, service.name(), service.portVariable(), service.defaultPort());
        }
        add(ports, env, KAFKA, "LOCALNEWS_KAFKA_PORT", 9092);
        add(ports, env, KAFKA_CONTROLLER, "LOCALNEWS_KAFKA_CONTROLLER_PORT", 9093);
        add(ports, env, POSTGRES, "LOCALNEWS_POSTGRES_PORT", 5432);
        rejectClashes(ports);
        return Collections.unmodifiableMap(ports);
    }

    private static void add(Map<String, PortSetting> ports, Map<String, String> env, String owner, String variable,
                            int defaultPort) {
        ports.put(owner, new PortSetting(owner, variable, number(env, variable, defaultPort, 1, 65535)));
    }

    private static void rejectClashes(Map<String, PortSetting> ports) {
        Map<Integer, PortSetting> byPort = new HashMap<>();
        for (PortSetting setting : ports.values()) {
            PortSetting other = byPort.putIfAbsent(setting.port(), setting);
            if (other != null) {
                throw new StartupFailure("%s (%s) and %s (%s) are both set to port %d; give each its own"
                        .formatted(other.variable(), other.owner(), setting.variable(), setting.owner(),
                                setting.port()));
            }
        }
    }

    private static int number(Map<String, String> env, String variable, int fallback, int min, int max) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // explained below, with the range a person can choose from
        }
        throw new StartupFailure("%s must be a number from %d to %d, not \"%s\"".formatted(variable, min, max, value));
    }

    private static boolean onOff(Map<String, String> env, String variable, boolean fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "on", "true", "1" -> true;
            case "off", "false", "0" -> false;
            default -> throw new StartupFailure("%s must be on or off, not \"%s\"".formatted(variable, value));
        };
    }

    private static List<String> options(Map<String, String> env, String variable, String fallback) {
        String value = env.get(variable);
        String chosen = value == null || value.isBlank() ? fallback : value;
        return Arrays.stream(chosen.trim().split("\\s+")).toList();
    }
}
