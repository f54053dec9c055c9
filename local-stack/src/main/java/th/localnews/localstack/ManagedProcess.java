package th.localnews.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/** A child JVM: its output goes to its own log, and stopping it takes every process it made along. */
final class ManagedProcess implements StackProcess {

    private static final Optional<Path> SETSID = Optional.of(Path.of("/usr/bin/setsid")).filter(Files::isExecutable);

    private final String name;
    private final Process process;
    private final Path log;
    private final List<ProcessHandle> family = new ArrayList<>();
    private IntConsumer afterStop = exitCode -> { };
    private Duration minimumGrace = Duration.ZERO;

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the command in a session of its own where the system allows: Ctrl-C in the terminal then reaches only
     * the launcher, which stops the services before the broker and the broker before the database.
     */
    static ManagedProcess start(String name, List<String> command, Map<String, String> environment, Path directory,
                                Path log) {
        List<String> line = new ArrayList<>();
        SETSID.ifPresent(setsid -> line.add(setsid.toString()));
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            return new ManagedProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /**
     * Something to do with the exit code once a stop asked for has ended the process (or it had ended already), and
     * the least time that stop must be given, whatever grace the caller offers.
     */
    ManagedProcess afterStop(IntConsumer action, Duration minimumGrace) {
        this.afterStop = action;
        this.minimumGrace = minimumGrace;
        return this;
    }

    @Override
    public Path log() {
        return log;
    }

    @Override
    public Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    /** Waits for a short-lived command, such as formatting storage, and tells whether it succeeded. */
    boolean awaitSuccess(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            requestStop();
            awaitStop(Duration.ofSeconds(5));
            return false;
        }
        return process.exitValue() == 0;
    }

    @Override
    public synchronized void requestStop() {
        family.add(process.toHandle());
        process.toHandle().descendants().forEach(family::add);
        process.destroy();
    }

    @Override
    public synchronized void awaitStop(Duration grace) {
        long deadline = System.nanoTime() + (grace.compareTo(minimumGrace) < 0 ? minimumGrace : grace).toNanos();
        for (ProcessHandle member : family) {
            awaitExit(member, Math.max(0, deadline - System.nanoTime()));
        }
        family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        family.forEach(member -> awaitExit(member, TimeUnit.SECONDS.toNanos(5)));
        if (!process.isAlive()) {
            afterStop.accept(process.exitValue());
        }
    }

    static void awaitExit(ProcessHandle handle, long nanos) {
        try {
            handle.onExit().get(nanos, TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // still alive: the caller kills it
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
