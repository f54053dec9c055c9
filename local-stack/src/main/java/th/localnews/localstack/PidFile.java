package th.localnews.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The processes a launcher started, written as it starts them. If the launcher is killed outright, its children
 * outlive it; the next launcher reads this file to stop them.
 */
final class PidFile {

    static final String FILE_NAME = "processes.pid";

    /**
     * @param tier      stop order: services, then the broker, then the database
     * @param startedAt the process's start time, so a pid the system has since given to another process is left alone
     */
    record Entry(Supervisor.Tier tier, String name, long pid, long startedAt) {

        static Entry of(Supervisor.Tier tier, String name, ProcessHandle handle) {
            return new Entry(tier, name, handle.pid(), startOf(handle).orElse(0L));
        }

        Optional<ProcessHandle> stillRunning() {
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> startedAt == 0 || startOf(handle).map(start -> start == startedAt).orElse(true));
        }

        private static Optional<Long> startOf(ProcessHandle handle) {
            return handle.info().startInstant().map(Instant::toEpochMilli);
        }
    }

    private final Path file;
    private final List<Entry> entries = new ArrayList<>();

    PidFile(Path home) {
        this.file = home.resolve(FILE_NAME);
    }

    synchronized void add(Entry entry) {
        entries.add(entry);
        StringBuilder text = new StringBuilder();
        for (Entry each : entries) {
            text.append("%s %s %d %d%n".formatted(each.tier(), each.name(), each.pid(), each.startedAt()));
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an earlier launcher recorded, in the order its processes must be stopped. */
    List<Entry> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty())
                    .flatMap(line -> parse(line).stream())
                    .sorted(Comparator.comparing(Entry::tier))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void delete() {
        entries.clear();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Entry> parse(String line) {
        String[] fields = line.split(" ");
        try {
            return Optional.of(new Entry(Supervisor.Tier.valueOf(fields[0]), fields[1], Long.parseLong(fields[2]),
                    Long.parseLong(fields[3])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
