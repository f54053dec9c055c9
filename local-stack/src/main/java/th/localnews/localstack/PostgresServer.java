package th.localnews.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL from the zonky binaries, with its data kept between runs. Its server is not a child of the
 * launcher (pg_ctl detaches it), so it is watched and stopped through the pid PostgreSQL writes.
 */
final class PostgresServer implements StackProcess {

    /** The superuser initdb made; the server trusts local connections, so the password is only for the form. */
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final ProcessHandle postmaster;
    private final Path log;

    private PostgresServer(EmbeddedPostgres postgres, ProcessHandle postmaster, Path log) {
        this.postgres = postgres;
        this.postmaster = postmaster;
        this.log = log;
    }

    static Path dataDirectory(StackSettings settings) {
        return settings.home().resolve("postgres");
    }

    /** Starts the server and makes sure each service has its database; returns once it takes connections. */
    static PostgresServer start(StackSettings settings, List<String> databases, Path log) {
        Path data = dataDirectory(settings);
        Path binaries = settings.home().resolve("postgres-binaries");
        EmbeddedPostgres postgres = null;
        try {
            PostgresBinaries.removeIncomplete(binaries);
            postgres = EmbeddedPostgres.builder()
                    .setPort(settings.port(StackSettings.POSTGRES))
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // zonky turns synchronous_commit off (fine for throwaway test databases): a crash of this one
                    // would then lose commits the services had already acknowledged (system-tests' G5 showed it)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            createMissing(postgres, databases);
            ProcessHandle postmaster = runningPostmaster(data)
                    .orElseThrow(() -> new IOException("PostgreSQL started but wrote no postmaster.pid"));
            return new PostgresServer(postgres, postmaster, log);
        } catch (IOException | SQLException | RuntimeException | ExceptionInInitializerError e) {
            closeQuietly(postgres);
            runningPostmaster(data).ifPresent(ProcessHandle::destroyForcibly);
            throw new StartupFailure("PostgreSQL did not start: " + rootCause(e), log);
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }

    static Optional<ProcessHandle> runningPostmaster(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().command().map(command -> command.endsWith("postgres"))
                            .orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void createMissing(EmbeddedPostgres postgres, List<String> databases) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
             Statement create = connection.createStatement()) {
            for (String database : databases) {
                exists.setString(1, database);
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        create.execute("CREATE DATABASE \"" + database + "\"");
                    }
                }
            }
        }
    }

    @Override
    public String name() {
        return StackSettings.POSTGRES;
    }

    @Override
    public ProcessHandle handle() {
        return postmaster;
    }

    @Override
    public Path log() {
        return log;
    }

    /** pg_ctl's fast stop waits by itself; there is nothing to start ahead of it. */
    @Override
    public void requestStop() {
        closeQuietly(postgres);
    }

    @Override
    public void awaitStop(Duration grace) {
        ManagedProcess.awaitExit(postmaster, grace.toNanos());
        if (postmaster.isAlive()) {
            postmaster.destroyForcibly();
            ManagedProcess.awaitExit(postmaster, Duration.ofSeconds(5).toNanos());
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            // the postmaster is then stopped through its pid
        }
    }
}
