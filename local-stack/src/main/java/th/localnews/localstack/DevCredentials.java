package th.localnews.localstack;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The editor and the newsroom API client of a local stack: made once per machine, kept in a file only its owner
 * can read, and handed to the issuer on every start so tokens and logins survive restarts.
 */
record DevCredentials(String newsroomClientId, String newsroomClientSecret, String editorUsername,
                      String editorPassword) {

    static final String FILE_NAME = "dev-credentials.env";
    private static final String HEADER = """
            # localnews dev credentials, made by the first ./localnews up and reused since.
            # Delete this file to get new ones on the next start. Never use them outside this machine.
            """;

    static DevCredentials loadOrCreate(Path home, SecureRandom random) {
        Map<String, String> values = EnvFile.loadOrFill(home.resolve(FILE_NAME), HEADER, entries -> {
            entries.computeIfAbsent("NEWSROOM_CLIENT_ID", key -> "localnews-newsroom");
            entries.computeIfAbsent("NEWSROOM_CLIENT_SECRET", key -> secret(random));
            entries.computeIfAbsent("EDITOR_USERNAME", key -> "editor");
            entries.computeIfAbsent("EDITOR_PASSWORD", key -> secret(random));
        });
        return new DevCredentials(values.get("NEWSROOM_CLIENT_ID"), values.get("NEWSROOM_CLIENT_SECRET"),
                values.get("EDITOR_USERNAME"), values.get("EDITOR_PASSWORD"));
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

    private static String secret(SecureRandom random) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
