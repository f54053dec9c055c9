package th.localnews.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Stops what a launcher that was killed outright left running, before this one checks its ports. */
final class LeftoverProcesses {

    private static final Duration GRACE = Duration.ofSeconds(15);

    private record Leftover(String name, ProcessHandle handle) {
    }

    private LeftoverProcesses() {
    }

    static void stop(PidFile pidFile, Path postgresData, Console console) {
        Map<Supervisor.Tier, List<Leftover>> byTier = new LinkedHashMap<>();
        for (PidFile.Entry entry : pidFile.read()) {
            entry.stillRunning().ifPresent(handle -> byTier.computeIfAbsent(entry.tier(), tier -> new ArrayList<>())
                    .add(new Leftover(entry.name(), handle)));
        }
        // a launcher killed while PostgreSQL was starting never recorded it; PostgreSQL's own pid file names it
        PostgresServer.runningPostmaster(postgresData).ifPresent(handle -> {
            List<Leftover> database = byTier.computeIfAbsent(Supervisor.Tier.DATABASE, tier -> new ArrayList<>());
            if (database.stream().noneMatch(leftover -> leftover.handle().equals(handle))) {
                database.add(new Leftover(StackSettings.POSTGRES, handle));
            }
        });
        if (!byTier.isEmpty()) {
            console.say("localnews: stopping what an earlier launcher, killed outright, left running");
        }
        byTier.values().forEach(tier -> stopTogether(tier, console));
        pidFile.delete();
    }

    private static void stopTogether(List<Leftover> tier, Console console) {
        tier.forEach(leftover -> leftover.handle().destroy());
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (Leftover leftover : tier) {
            ManagedProcess.awaitExit(leftover.handle(), Math.max(0, deadline - System.nanoTime()));
            if (leftover.handle().isAlive()) {
                leftover.handle().destroyForcibly();
                ManagedProcess.awaitExit(leftover.handle(), TimeUnit.SECONDS.toNanos(5));
            }
            console.say(leftover.handle().isAlive()
                    ? "  ! %s (pid %d) could not be stopped".formatted(leftover.name(), leftover.handle().pid())
                    : "  ✓ stopped %s (pid %d)".formatted(leftover.name(), leftover.handle().pid()));
        }
    }
}
