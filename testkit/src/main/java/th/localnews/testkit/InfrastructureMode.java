package th.localnews.testkit;

import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Where the test infrastructure runs. Chosen once per JVM: {@code LOCALNEWS_TEST_INFRA} (or the system
 * property {@code localnews.test.infra}) forces {@code embedded} or {@code docker}; otherwise Docker is used
 * only when an engine actually answers.
 */
public enum InfrastructureMode {

    /** KRaft broker and PostgreSQL inside or beside the test JVM, no Docker needed. */
    EMBEDDED,

    /** Testcontainers: apache/kafka and postgres:17 images. */
    DOCKER;

    public static final String ENVIRONMENT_VARIABLE = "LOCALNEWS_TEST_INFRA";
    public static final String SYSTEM_PROPERTY = "localnews.test.infra";

    private static volatile InfrastructureMode current;

    public static InfrastructureMode current() {
        InfrastructureMode mode = current;
        if (mode == null) {
            synchronized (InfrastructureMode.class) {
                if (current == null) {
                    current = resolve(requested(), DockerEngine::isReachable);
                }
                mode = current;
            }
        }
        return mode;
    }

    static InfrastructureMode resolve(String requested, BooleanSupplier dockerReachable) {
        String value = requested == null ? "" : requested.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "auto" -> dockerReachable.getAsBoolean() ? DOCKER : EMBEDDED;
            case "embedded" -> EMBEDDED;
            case "docker" -> DOCKER;
            default -> throw new IllegalArgumentException(
                    ENVIRONMENT_VARIABLE + " must be auto, embedded or docker, not '" + requested + "'");
        };
    }

    private static String requested() {
        String property = System.getProperty(SYSTEM_PROPERTY);
        return property != null ? property : System.getenv(ENVIRONMENT_VARIABLE);
    }
}
