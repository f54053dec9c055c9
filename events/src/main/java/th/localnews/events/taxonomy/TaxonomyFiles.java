package th.localnews.events.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the tab-separated taxonomy resources; {@code #} starts a comment line. */
final class TaxonomyFiles {

    private TaxonomyFiles() {
    }

    static List<List<String>> rows(String resource, int columns) {
        InputStream in = TaxonomyFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing taxonomy resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> row(resource, line, columns))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    private static List<String> row(String resource, String line, int columns) {
        List<String> cells = List.of(line.split("\t", -1));
        if (cells.size() != columns) {
            throw new IllegalStateException(resource + ": expected " + columns + " columns in '" + line + "'");
        }
        return cells.stream().map(String::strip).toList();
    }
}
