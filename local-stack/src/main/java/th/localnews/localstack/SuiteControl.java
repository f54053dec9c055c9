package th.localnews.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The suite started as {@code ./localnews up} starts it (same processes, same wiring), but under the control of a
 * fault test: any part can be killed with SIGKILL and started again on the same state. Nothing here watches the
 * parts; a killed part stays down until {@link #start(String)}. No demo content is loaded.
 */
public final class SuiteControl implements AutoCloseable {

    /** The names of the parts, as {@link #kill(String)} and {@link #start(String)} take them. */
    public static final String KAFKA = StackSettings.KAFKA;
    public static final String POSTGRES = StackSettings.POSTGRES;
    public static final List<String> SERVICES = ServiceDefinition.ALL.stream().map(ServiceDefinition::name).toList();

    private final StackSettings settings;
    private final Console console;
    private final DevCredentials credentials;
    private final VapidKeyPair vapid;
    private final Map<String, StackProcess> running = new LinkedHashMap<>();
    private final KafkaBroker kafka;

    private SuiteControl(StackSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.console = new Console(new LineStream(progress), new LineStream(progress));
        try {
            Files.createDirectories(settings.logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SecureRandom random = new SecureRandom();
        this.credentials = DevCredentials.loadOrCreate(settings.home(), random);
        this.vapid = VapidKeyPair.loadOrCreate(settings.home(), random);
        this.kafka = new KafkaBroker(settings);
    }

    /**
     * Starts PostgreSQL, Kafka and every service, and returns when all are ready.
     *
     * @param environment the launcher's variables ({@code LOCALNEWS_HOME}, the ports, Java options); the services
     *                    also inherit this JVM's environment, as under the launcher
     */
    public static SuiteControl start(Path root, Map<String, String> environment, Consumer<String> progress) {
        StackSettings settings = StackSettings.from(environment, root);
        Preflight.check(settings);
        SuiteControl suite = new SuiteControl(settings, progress);
        try {
            suite.start(POSTGRES);
            suite.start(KAFKA);
            suite.startServices(SERVICES);
            return suite;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            suite.close();
            throw new StartupFailure("interrupted while starting the suite");
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    /**
     * Every variable the launcher reads for a port, each set to a port the system had free a moment ago, so a
     * test's suite runs beside a developer's own stack.
     */
    public static Map<String, String> freePorts() {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            Map<String, String> ports = new LinkedHashMap<>();
            for (StackSettings.PortSetting setting : StackSettings.from(Map.of(), Path.of(".")).ports().values()) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports.put(setting.variable(), Integer.toString(socket.getLocalPort()));
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // a port that would not close is only lost to this run
                }
            }
        }
    }

    /** Starts one part again (after {@link #kill}) and waits until it is ready. */
    public synchronized void start(String part) {
        if (running.containsKey(part) && running.get(part).isAlive()) {
            throw new IllegalStateException(part + " is running");
        }
        try {
            switch (part) {
                case POSTGRES -> running.put(POSTGRES, PostgresServer.start(settings, ServiceDefinition.databases(),
                        LogFiles.fresh(settings.logs(), POSTGRES)));
                case KAFKA -> startKafka();
                default -> startServices(List.of(ServiceDefinition.byName(part).name()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("interrupted while starting " + part);
        }
    }

    /** {@code kill -9} of the part and every process it made, as a crash would; returns when they are gone. */
    public synchronized void kill(String part) {
        StackProcess process = running.remove(part);
        if (process == null) {
            throw new IllegalStateException(part + " is not running");
        }
        List<ProcessHandle> family = new ArrayList<>(process.handle().descendants().toList());
        family.add(0, process.handle());
        family.forEach(ProcessHandle::destroyForcibly);
        family.forEach(member -> ManagedProcess.awaitExit(member, TimeUnit.SECONDS.toNanos(10)));
        // what this JVM still holds for the dead part (zonky's lock on PostgreSQL's data directory) is let go
        process.requestStop();
    }

    public synchronized boolean isRunning(String part) {
        StackProcess process = running.get(part);
        return process != null && process.isAlive();
    }

    public synchronized long pid(String part) {
        return running.get(part).handle().pid();
    }

    /** The public door, as a reader's browser sees it. */
    public String publicUrl() {
        return ServiceLaunch.publicUrl(settings);
    }

    /** A service's own address, behind the gateway. */
    public String url(String service) {
        return ServiceLaunch.url(settings, ServiceDefinition.byName(service));
    }

    public String kafkaBootstrapServers() {
        return settings.kafkaBootstrapServers();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:%d/%s".formatted(settings.port(POSTGRES), database);
    }

    public String databaseUser() {
        return PostgresServer.USER;
    }

    public String databasePassword() {
        return PostgresServer.PASSWORD;
    }

    public String newsroomClientId() {
        return credentials.newsroomClientId();
    }

    public String newsroomClientSecret() {
        return credentials.newsroomClientSecret();
    }

    public String editorUsername() {
        return credentials.editorUsername();
    }

    public String editorPassword() {
        return credentials.editorPassword();
    }

    public Path logs() {
        return settings.logs();
    }

    /** Stops everything still running, services first, then the broker, then the database. */
    @Override
    public synchronized void close() {
        for (List<String> tier : List.of(SERVICES, List.of(KAFKA), List.of(POSTGRES))) {
            List<StackProcess> inTier = tier.stream().map(running::remove).filter(Objects::nonNull).toList();
            inTier.forEach(StackProcess::requestStop);
            inTier.forEach(process -> process.awaitStop(Duration.ofSeconds(20)));
        }
    }

    private void startKafka() throws InterruptedException {
        Path log = LogFiles.fresh(settings.logs(), KAFKA);
        kafka.prepare(log);
        ManagedProcess broker = kafka.start(log);
        running.put(KAFKA, broker);
        kafka.awaitReady(broker, settings.startupTimeout());
    }

    private void startServices(List<String> names) throws InterruptedException {
        List<ReadinessWaiter.Starting> starting = new ArrayList<>();
        for (String name : names) {
            ServiceDefinition service = ServiceDefinition.byName(name);
            Path log = LogFiles.fresh(settings.logs(), name);
            // no class-data archives: parts are killed, and a fresh clone would only pay for recording them
            ManagedProcess process = ManagedProcess.start(name,
                    ServiceLaunch.command(settings, service, ClassDataArchive.off(settings, service)),
                    ServiceLaunch.environment(settings, service, credentials, vapid), settings.root(), log);
            running.put(name, process);
            starting.add(new ReadinessWaiter.Starting(service, process,
                    ReadinessWaiter.probe(ServiceLaunch.url(settings, service)), url(name), System.nanoTime()));
        }
        new ReadinessWaiter(console, settings.startupTimeout()).awaitAll(starting);
    }

    /** Hands each line the launcher's console prints to the test's progress sink. */
    private static final class LineStream extends PrintStream {
        private final Consumer<String> sink;

        LineStream(Consumer<String> sink) {
            super(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            this.sink = sink;
        }

        @Override
        public void println(String line) {
            sink.accept(line);
        }
    }
}
