package th.localnews.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** A process the launcher started and must stop: a service, the broker or the database. */
interface StackProcess {

    String name();

    ProcessHandle handle();

    Path log();

    /** Asks it to stop, without waiting, so a whole tier can shut down side by side. */
    void requestStop();

    /** Waits for the stop asked for, and kills what is still there after the grace period. */
    void awaitStop(Duration grace);

    default boolean isAlive() {
        return handle().isAlive();
    }

    default Optional<Integer> exitCode() {
        return Optional.empty();
    }
}
