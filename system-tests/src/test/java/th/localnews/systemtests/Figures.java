package th.localnews.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scenario's figures: printed at its end and appended as one JSON line to {@code target/results/<id>.json};
 * full-scale runs also go to {@code system-tests/results/}, which is kept in the repository.
 */
final class Figures {

    private final String scenario;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final long startedNanos = System.nanoTime();

    Figures(String scenario, String title) {
        this.scenario = scenario;
        values.put("scenario", scenario);
        values.put("title", title);
        values.put("scale", Scale.current().name().toLowerCase());
        values.put("at", Instant.now().toString());
        values.put("java", System.getProperty("java.version"));
        values.put("cores", Runtime.getRuntime().availableProcessors());
    }

    Figures put(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** Prints the figures and records them; call once, after the assertions' inputs are known. */
    void record() {
        values.put("seconds", Math.round((System.nanoTime() - startedNanos) / 1e8) / 10.0);
        String line = Http.write(values);
        System.out.println("[figures] " + line);
        append(Suite.ROOT.resolve("system-tests/target/results"), line);
        if (Scale.current() == Scale.FULL) {
            append(Suite.ROOT.resolve("system-tests/results"), line);
        }
    }

    private void append(Path directory, String line) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(scenario + ".json"), line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
