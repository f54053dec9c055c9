package th.localnews.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends what the libraries inside the launcher log (embedded PostgreSQL, the Kafka admin client) to a file, so the
 * terminal shows only the launcher's own progress.
 */
final class LauncherLog {

    private LauncherLog() {
    }

    /** Must run before any library asks SLF4J for a logger: the simple logger reads these once. */
    static void configure(Path logs) {
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", logs.resolve("launcher.log").toString());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
    }
}
