package th.localnews.localstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * One log per process and per run; the runs before are kept beside it ({@code .log.1} the last, up to
 * {@code .log.5}) for the crash someone wants to read, even after a test has restarted a part several times.
 */
final class LogFiles {

    private static final int TAIL_BYTES = 64 * 1024;
    private static final int GENERATIONS = 5;

    private LogFiles() {
    }

    static Path fresh(Path logs, String name) {
        try {
            Files.createDirectories(logs);
            Path log = logs.resolve(name + ".log");
            for (int generation = GENERATIONS; generation > 0; generation--) {
                Path older = generation == 1 ? log : logs.resolve(name + ".log." + (generation - 1));
                if (Files.exists(older)) {
                    Files.move(older, logs.resolve(name + ".log." + generation), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return Files.createFile(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a line of the launcher's own to a process's log. */
    static void append(Path log, String line) {
        try {
            Files.writeString(log, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of a log, read from its end, so a large log costs no more than a small one. */
    static List<String> tail(Path log, int lines) {
        if (!Files.exists(log)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
