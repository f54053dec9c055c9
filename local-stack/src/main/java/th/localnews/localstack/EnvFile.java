package th.localnews.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A {@code KEY=value} file of local secrets that only its owner can read, written atomically so a crash never
 * leaves half a file. Values a person edited are kept: only missing keys are filled in.
 */
final class EnvFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private EnvFile() {
    }

    /** Reads the file, lets {@code fill} add what is missing, and writes it back only if something changed. */
    static Map<String, String> loadOrFill(Path file, String header, Consumer<Map<String, String>> fill) {
        try {
            Map<String, String> existing = Files.exists(file) ? read(file) : Map.of();
            Map<String, String> values = new LinkedHashMap<>(existing);
            fill.accept(values);
            if (!Files.exists(file) || !values.equals(existing)) {
                write(file, header, values);
            }
            restrictToOwner(file);
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (!line.isBlank() && !line.startsWith("#") && equals > 0 && equals < line.length() - 1) {
                values.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
            }
        }
        return values;
    }

    private static void write(Path file, String header, Map<String, String> values) throws IOException {
        StringBuilder text = new StringBuilder(header);
        values.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Path draft = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(draft);
        if (posix()) {
            Files.createFile(draft, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.writeString(draft, text, StandardCharsets.UTF_8);
        Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
