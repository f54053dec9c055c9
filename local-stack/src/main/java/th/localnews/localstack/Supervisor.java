package th.localnews.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Owns every process of the stack: records them as they start, and stops them tier by tier, once, whoever asks
 * first (the start-up path on failure, or the shutdown hook on Ctrl-C).
 */
final class Supervisor {

    /** In stop order: nothing is stopped while something that uses it still runs. */
    enum Tier { SERVICE, BROKER, DATABASE }

    private static final Duration GRACE = Duration.ofSeconds(20);

    private record Member(Tier tier, StackProcess process) {
    }

    private final PidFile pidFile;
    private final Console console;
    private final List<Member> members = new ArrayList<>();
    private boolean stopping;

    Supervisor(PidFile pidFile, Console console) {
        this.pidFile = pidFile;
        this.console = console;
    }

    /**
     * Starts a process under the lock, so a stop that arrives meanwhile cannot miss it: it either waits for it
     * and stops it, or the start is refused.
     */
    synchronized <P extends StackProcess> P start(Tier tier, Supplier<P> starter) {
        if (stopping) {
            throw new StartupFailure("stopping");
        }
        P process = starter.get();
        members.add(new Member(tier, process));
        pidFile.add(PidFile.Entry.of(tier, process.name(), process.handle()));
        return process;
    }

    synchronized boolean isStopping() {
        return stopping;
    }

    synchronized Optional<StackProcess> firstDead() {
        return members.stream().map(Member::process).filter(process -> !process.isAlive()).findFirst();
    }

    synchronized void stopAll() {
        if (stopping) {
            return;
        }
        stopping = true;
        if (members.isEmpty()) {
            pidFile.delete();
            return;
        }
        console.say("localnews: stopping…");
        for (Tier tier : Tier.values()) {
            List<StackProcess> inTier = members.stream().filter(m -> m.tier() == tier).map(Member::process).toList();
            inTier.forEach(StackProcess::requestStop);
            inTier.forEach(process -> process.awaitStop(GRACE));
        }
        List<String> survivors = members.stream().map(Member::process).filter(StackProcess::isAlive)
                .map(process -> process.name() + " (pid " + process.handle().pid() + ")").toList();
        if (survivors.isEmpty()) {
            pidFile.delete();
            console.say("localnews: stopped; nothing left running");
        } else {
            console.fail("could not stop " + String.join(", ", survivors) + "; they are listed in " + PidFile.FILE_NAME
                    + " and the next start stops them");
        }
    }
}
