package th.localnews.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

import th.localnews.localstack.SuiteControl;

/**
 * One running suite for every scenario of this JVM: PostgreSQL, Kafka and the six services as separate processes,
 * on ports the system chose, with their state under {@code target/suite}. Scenarios take it as a parameter, may kill
 * and restart its parts, and must leave every part running when they end. A scenario that fails leaves a
 * {@link FailureReport} under {@code target/suite/failures}.
 */
final class Suite implements ParameterResolver, TestWatcher {

    static final Path ROOT = Path.of(System.getProperty("localnews.root", "..")).toAbsolutePath().normalize();
    private static final Path HOME = ROOT.resolve("system-tests").resolve("target").resolve("suite");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Suite.class);

    /** The started suite and its clients; closed by JUnit when the last test of the JVM is done. */
    static final class Running implements AutoCloseable {
        final SuiteControl control;
        final Newsroom newsroom;
        final Reader reader;

        Running(SuiteControl control) {
            this.control = control;
            this.reader = new Reader(control.publicUrl());
            this.newsroom = new Newsroom(control);
        }

        Connection database(String name) throws SQLException {
            return DriverManager.getConnection(control.jdbcUrl(name), control.databaseUser(),
                    control.databasePassword());
        }

        /** Kills a part with SIGKILL and starts it again on the same state; returns when it is ready. */
        void crashAndRestart(String part) {
            control.kill(part);
            control.start(part);
        }

        @Override
        public void close() {
            control.close();
        }
    }

    /** The JDK running the tests, whose tools ({@code jcmd}) can attach to the services it started. */
    static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    /** Runs a {@code jcmd} command against a service and returns what it printed. */
    static String jcmd(long pid, String command) throws IOException, InterruptedException {
        String jcmd = javaHome().resolve("bin").resolve("jcmd").toString();
        Process process = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Running running = context.getRoot().getStore(NAMESPACE).get(Running.class, Running.class);
        if (running != null) {
            FailureReport.write(running, HOME, context.getRequiredTestClass().getSimpleName());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> start(),
                Running.class);
    }

    private static Running start() {
        stopLeftovers();
        deleteTree(HOME);
        Map<String, String> env = new LinkedHashMap<>(SuiteControl.freePorts());
        env.put("LOCALNEWS_HOME", HOME.toString());
        env.put("LOCALNEWS_STARTUP_TIMEOUT", "300");
        long started = System.nanoTime();
        SuiteControl control = SuiteControl.start(ROOT, env, line -> System.out.println("[suite] " + line));
        System.out.printf("[suite] all parts ready in %.1f s (gateway %s)%n", (System.nanoTime() - started) / 1e9,
                control.publicUrl());
        return new Running(control);
    }

    /** Processes of an earlier run that was killed before it could stop its suite (their command lines name HOME). */
    private static void stopLeftovers() {
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains(HOME.toString()))
                        .orElse(false))
                .toList();
        leftovers.forEach(ProcessHandle::destroyForcibly);
        leftovers.forEach(process -> process.onExit().join());
    }

    private static void deleteTree(Path home) {
        if (!Files.exists(home)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(home)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
