package th.localnews.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * One real PostgreSQL 17 server per JVM, started on first use; every caller gets a fresh, empty database of
 * its own in it, so each application context runs its Flyway migrations from scratch.
 */
public final class PostgresInfrastructure {

    /** Overrides the image used in {@link InfrastructureMode#DOCKER} mode. */
    public static final String IMAGE_PROPERTY = "localnews.test.postgres-image";

    private static final String DEFAULT_IMAGE = "postgres:17";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static volatile Server server;

    private PostgresInfrastructure() {
    }

    /**
     * Creates a new database named after {@code hint} (lower-cased, made safe, numbered) and returns how to
     * connect to it. Starts the server on first call.
     */
    public static DatabaseConnection createDatabase(String hint) {
        Server running = server();
        String name = databaseName(hint);
        try (Connection admin = DriverManager.getConnection(running.jdbcUrl("postgres"), running.username(),
                running.password()); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return new DatabaseConnection(running.jdbcUrl(name), running.username(), running.password());
    }

    public static boolean isRunning() {
        return server != null;
    }

    static String databaseName(String hint) {
        String safe = hint == null ? "" : hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String trimmed = safe.length() > 40 ? safe.substring(0, 40) : safe;
        return "it_" + trimmed + "_" + DATABASES.incrementAndGet();
    }

    private static Server server() {
        Server running = server;
        if (running == null) {
            synchronized (PostgresInfrastructure.class) {
                if (server == null) {
                    server = start(InfrastructureMode.current());
                }
                running = server;
            }
        }
        return running;
    }

    private static Server start(InfrastructureMode mode) {
        return mode == InfrastructureMode.DOCKER ? startContainer() : startEmbedded();
    }

    private static Server startEmbedded() {
        try {
            // zonky registers its own shutdown hook, which stops the server and deletes its data directory
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            return new Server("localhost", postgres.getPort(), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
    private static Server startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer(image());
        try {
            container.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not start Postgres in Docker; set "
                    + InfrastructureMode.ENVIRONMENT_VARIABLE + "=embedded to run without Docker", e);
        }
        return new Server(container.getHost(), container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
                container.getUsername(), container.getPassword());
    }

    private static DockerImageName image() {
        // a mirror or a pinned digest may be configured in place of the official image
        return DockerImageName.parse(System.getProperty(IMAGE_PROPERTY, DEFAULT_IMAGE))
                .asCompatibleSubstituteFor("postgres");
    }

    private record Server(String host, int port, String username, String password) {

        String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    /** How Spring (or a plain JDBC client) reaches one test database. */
    public record DatabaseConnection(String url, String username, String password) {
    }
}
