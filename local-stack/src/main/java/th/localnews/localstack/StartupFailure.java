package th.localnews.localstack;

import java.nio.file.Path;
import java.util.Optional;

/** Why the stack cannot start or keep running, in one line a person can act on, and the log that shows more. */
final class StartupFailure extends RuntimeException {

    private final transient Path log;

    StartupFailure(String message) {
        this(message, null);
    }

    StartupFailure(String message, Path log) {
        super(message);
        this.log = log;
    }

    Optional<Path> log() {
        return Optional.ofNullable(log);
    }
}
