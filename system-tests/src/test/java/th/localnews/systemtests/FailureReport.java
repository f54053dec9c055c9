package th.localnews.systemtests;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import th.localnews.localstack.SuiteControl;

/**
 * What a failed scenario leaves behind for whoever reads CI's output: every service's threads, what PostgreSQL is
 * doing (sessions, advisory locks, the outbox backlog) and a copy of every log as it stands, in
 * {@code target/suite/failures/<scenario>-<time>/}, before later scenarios restart parts and rotate the logs.
 */
final class FailureReport {

    private static final List<String> DATABASE_QUERIES = List.of(
            "SELECT count(*) AS unsent, min(created_at) AS oldest_unsent, max(created_at) AS newest_unsent, now() AS now"
                    + " FROM outbox_event WHERE published_at IS NULL",
            "SELECT pid, datname, usename, application_name, state, wait_event_type, wait_event, backend_start,"
                    + " xact_start, state_change, left(query, 200) AS query FROM pg_stat_activity ORDER BY pid",
            "SELECT locktype, database, classid, objid, mode, granted, pid FROM pg_locks WHERE locktype = 'advisory'");

    private FailureReport() {
    }

    /** Writes the report and returns its directory; never throws, because the failure itself is what matters. */
    static Path write(Suite.Running suite, Path home, String scenario) {
        Path report = home.resolve("failures").resolve(scenario + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss")));
        try {
            Files.createDirectories(report);
            for (String service : SuiteControl.SERVICES) {
                Files.writeString(report.resolve("threads-" + service + ".txt"), threads(suite, service));
            }
            Files.writeString(report.resolve("article-database.txt"), database(suite, "article"));
            try (DirectoryStream<Path> logs = Files.newDirectoryStream(suite.control.logs())) {
                for (Path log : logs) {
                    Files.copy(log, report.resolve(log.getFileName()));
                }
            }
        } catch (IOException | RuntimeException e) {
            System.out.println("[suite] failure report incomplete: " + e);
        }
        System.out.println("[suite] failure report: " + report);
        return report;
    }

    private static String threads(Suite.Running suite, String service) {
        try {
            return suite.control.isRunning(service) ? Suite.jcmd(suite.control.pid(service), "Thread.print")
                    : service + " is not running";
        } catch (IOException | RuntimeException e) {
            return "no thread dump: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String database(Suite.Running suite, String name) {
        StringBuilder out = new StringBuilder();
        try (Connection db = suite.database(name); Statement statement = db.createStatement()) {
            statement.setQueryTimeout(10);
            for (String sql : DATABASE_QUERIES) {
                out.append("-- ").append(sql).append('\n');
                try (ResultSet rows = statement.executeQuery(sql)) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int column = 1; column <= columns.getColumnCount(); column++) {
                            out.append(column == 1 ? "" : " | ").append(columns.getColumnLabel(column)).append('=')
                                    .append(rows.getString(column));
                        }
                        out.append('\n');
                    }
                } catch (SQLException e) {
                    out.append("failed: ").append(e.getMessage()).append('\n');
                }
            }
        } catch (SQLException e) {
            out.append("no connection to ").append(name).append(": ").append(e.getMessage()).append('\n');
        }
        return out.toString();
    }
}
