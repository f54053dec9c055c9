package th.localnews.auth.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import th.localnews.auth.key.SigningKeyProperties;

/**
 * The {@code prod} profile's refusal to run on secrets that are missing, short or well known. A dev stack may
 * generate its signing key and skip the API client; a production issuer may not.
 */
final class ProductionSecretsCheck {

    static final int MIN_SECRET_LENGTH = 24;
    private static final Set<String> WELL_KNOWN = Set.of("secret", "password", "changeme", "change-me", "admin",
            "editor", "dev", "test", "newsroom", "localnews", "client-secret");

    private ProductionSecretsCheck() {
    }

    /** What is wrong, one line each; empty when the configuration may run in production. */
    static List<String> problems(BootstrapProperties bootstrap, SigningKeyProperties signingKey) {
        List<String> problems = new ArrayList<>();
        if (!signingKey.configured()) {
            problems.add("AUTH_SIGNING_KEY_LOCATION is not set: production tokens need a persistent RSA key");
        }
        if (!BootstrapProperties.present(bootstrap.newsroomClientId())) {
            problems.add("NEWSROOM_CLIENT_ID is not set");
        }
        weakSecret("NEWSROOM_CLIENT_SECRET", bootstrap.newsroomClientSecret(), bootstrap.newsroomClientId())
                .ifPresent(problems::add);
        if (BootstrapProperties.present(bootstrap.editorUsername())) {
            weakSecret("EDITOR_PASSWORD", bootstrap.editorPassword(), bootstrap.editorUsername())
                    .ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<String> weakSecret(String name, String value, String owner) {
        if (!BootstrapProperties.present(value)) {
            return Optional.of(name + " is not set");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (WELL_KNOWN.contains(lower) || lower.equals(String.valueOf(owner).toLowerCase(Locale.ROOT))) {
            return Optional.of(name + " is a default or well-known value");
        }
        if (value.length() < MIN_SECRET_LENGTH) {
            return Optional.of(name + " is shorter than " + MIN_SECRET_LENGTH + " characters");
        }
        return Optional.empty();
    }
}
