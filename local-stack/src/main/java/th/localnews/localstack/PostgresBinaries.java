package th.localnews.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The PostgreSQL binaries are unpacked once into the state directory and marked complete at the end. An unpacking
 * cut short is never finished by the library, which then fails on the files already there, so it is removed.
 */
final class PostgresBinaries {

    private PostgresBinaries() {
    }

    static void removeIncomplete(Path binaries) throws IOException {
        if (!Files.isDirectory(binaries)) {
            return;
        }
        try (Stream<Path> versions = Files.list(binaries)) {
            for (Path version : versions.filter(Files::isDirectory).toList()) {
                if (!Files.exists(version.resolve(".exists"))) {
                    deleteTree(version);
                }
            }
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> tree = Files.walk(directory)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
