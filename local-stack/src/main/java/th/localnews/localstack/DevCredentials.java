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
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The editor and the newsroom API client of a local stack: made once per machine, kept in a file only its owner
 * can read, and handed to the issuer on every start so tokens and logins survive restarts.
 */
record DevCredentials(String newsroomClientId, String newsroomClientSecret, String editorUsername,
                      String editorPassword) {

    static final String FILE_NAME = "dev-credentials.env";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String HEADER = """
            # localnews dev credentials, made by the first ./localnews up and reused since.
            # Delete this file to get new ones on the next start. Never use them outside this machine.
            """;

    static DevCredentials loadOrCreate(Path home, SecureRandom random) {
        Path file = home.resolve(FILE_NAME);
        try {
            Map<String, String> values = Files.exists(file) ? read(file) : new LinkedHashMap<>();
            DevCredentials credentials = new DevCredentials(
                    values.computeIfAbsent("NEWSROOM_CLIENT_ID", key -> "localnews-newsroom"),
                    values.computeIfAbsent("NEWSROOM_CLIENT_SECRET", key -> secret(random)),
                    values.computeIfAbsent("EDITOR_USERNAME", key -> "editor"),
                    values.computeIfAbsent("EDITOR_PASSWORD", key -> secret(random)));
            if (!Files.exists(file) || !credentials.asEnvironment().equals(read(file))) {
                write(file, credentials);
            }
            restrictToOwner(file);
            return credentials;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, String> asEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("NEWSROOM_CLIENT_ID", newsroomClientId);
        env.put("NEWSROOM_CLIENT_SECRET", newsroomClientSecret);
        env.put("EDITOR_USERNAME", editorUsername);
        env.put("EDITOR_PASSWORD", editorPassword);
        return env;
    }

    /** Keeps the secrets out of logs and stack traces, where a record would print them. */
    @Override
    public String toString() {
        return "DevCredentials[newsroomClientId=%s, editorUsername=%s]".formatted(newsroomClientId, editorUsername);
    }

    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (!line.isBlank() && !line.startsWith("#") && equals > 0 && equals < line.length() - 1) {
                values.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
            }
        }
        return values;
    }

    private static void write(Path file, DevCredentials credentials) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        credentials.asEnvironment().forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Path draft = file.resolveSibling(FILE_NAME + ".new");
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

    private static String secret(SecureRandom random) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
