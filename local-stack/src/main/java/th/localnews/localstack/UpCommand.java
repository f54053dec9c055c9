package th.localnews.localstack;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Starts the stack in order, tells how it goes, and keeps it running until it is asked to stop. */
final class UpCommand {

    private static final int TAIL_LINES = 20;

    private final StackSettings settings;
    private final Console console;
    private final long launchedNanos = System.nanoTime();

    UpCommand(StackSettings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    int run() {
        InstanceLock lock = InstanceLock.tryAcquire(settings.home()).orElseThrow(this::alreadyRunning);
        LauncherLog.configure(settings.logs());
        PidFile pidFile = new PidFile(settings.home());
        LeftoverProcesses.stop(pidFile, PostgresServer.dataDirectory(settings), console);
        Preflight.check(settings);
        SecureRandom random = new SecureRandom();
        DevCredentials credentials = DevCredentials.loadOrCreate(settings.home(), random);
        VapidKeyPair vapid = VapidKeyPair.loadOrCreate(settings.home(), random);
        Supervisor supervisor = new Supervisor(pidFile, console);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            supervisor.stopAll();
            lock.close();
        }, "localnews-stop"));
        try {
            console.say("localnews: starting Kafka, PostgreSQL and %d services (state in %s)"
                    .formatted(ServiceDefinition.ALL.size(), shown(settings.home())));
            startInfrastructure(supervisor);
            startServices(supervisor, credentials, vapid);
            loadDemoContent(credentials);
            announce();
            return watch(supervisor);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return stopAfter(supervisor, new StartupFailure("interrupted"));
        } catch (RuntimeException e) {
            return stopAfter(supervisor, e);
        }
    }

    private void startInfrastructure(Supervisor supervisor) throws InterruptedException {
        KafkaBroker kafka = new KafkaBroker(settings);
        Path kafkaLog = LogFiles.fresh(settings.logs(), StackSettings.KAFKA);
        long kafkaStarted = System.nanoTime();
        kafka.prepare(kafkaLog);
        ManagedProcess broker = supervisor.start(Supervisor.Tier.BROKER, () -> kafka.start(kafkaLog));

        long postgresStarted = System.nanoTime();
        Path postgresLog = LogFiles.fresh(settings.logs(), StackSettings.POSTGRES);
        supervisor.start(Supervisor.Tier.DATABASE,
                () -> PostgresServer.start(settings, ServiceDefinition.databases(), postgresLog));
        console.say("  ✓ postgres ready in %s s (127.0.0.1:%d, databases %s)".formatted(secondsSince(postgresStarted),
                settings.port(StackSettings.POSTGRES), String.join(", ", ServiceDefinition.databases())));

        kafka.awaitReady(broker, settings.startupTimeout());
        console.say("  ✓ kafka ready in %s s (%s)".formatted(secondsSince(kafkaStarted),
                settings.kafkaBootstrapServers()));
    }

    private void startServices(Supervisor supervisor, DevCredentials credentials, VapidKeyPair vapid)
            throws InterruptedException {
        List<ReadinessWaiter.Starting> started = new ArrayList<>();
        List<ClassDataArchive.State> classData = new ArrayList<>();
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            Path log = LogFiles.fresh(settings.logs(), service.name());
            long startedNanos = System.nanoTime();
            ClassDataArchive archive = ClassDataArchive.prepare(settings, service, log);
            classData.add(archive.state());
            ManagedProcess process = supervisor.start(Supervisor.Tier.SERVICE, () -> ManagedProcess.start(
                    service.name(), ServiceLaunch.command(settings, service, archive),
                    ServiceLaunch.environment(settings, service, credentials, vapid), settings.root(), log)
                    .afterStop(archive::exited, archive.stopGrace()));
            String shownUrl = "http://localhost:" + settings.port(service.name());
            started.add(new ReadinessWaiter.Starting(service, process,
                    ReadinessWaiter.probe(ServiceLaunch.url(settings, service)), shownUrl, startedNanos));
        }
        sayClassData(classData);
        new ReadinessWaiter(console, settings.startupTimeout()).awaitAll(started);
    }

    private void sayClassData(List<ClassDataArchive.State> states) {
        long inUse = states.stream().filter(ClassDataArchive.State.IN_USE::equals).count();
        long recording = states.stream().filter(ClassDataArchive.State.RECORDING::equals).count();
        if (inUse > 0) {
            console.say("  ✓ class-data archives in use for %d of %d services".formatted(inUse, states.size()));
        }
        if (recording > 0) {
            console.say(("  · recording class-data archives for %d services this run; they are written when the stack"
                    + " stops with Ctrl-C, and make the next start faster (LOCALNEWS_CDS=off turns this off)")
                    .formatted(recording));
        }
    }

    /** A stack without stories shows nothing; a failed load is reported, and the stack stays up to look into it. */
    private void loadDemoContent(DevCredentials credentials) throws InterruptedException {
        long started = System.nanoTime();
        try {
            int imported = DemoContent.forStack(settings, credentials).loadIfEmpty();
            console.say(imported == 0 ? "  ✓ demo content: the newsroom already has stories, none added"
                    : "  ✓ demo content: %d Thai stories imported in %s s".formatted(imported, secondsSince(started)));
        } catch (RuntimeException e) {
            console.say("  ! demo content not loaded: " + e.getMessage());
        }
    }

    private void announce() {
        console.say("");
        console.say("localnews is up after %s s: %s".formatted(secondsSince(launchedNanos),
                ServiceLaunch.publicUrl(settings)));
        console.say("  logs:        " + shown(settings.logs()) + "/");
        console.say("  credentials: " + shown(settings.home().resolve(DevCredentials.FILE_NAME)));
        console.say("Ctrl-C to stop.");
    }

    /** Keeps the stack up; one process going down takes the rest down with it, so nobody works on half a suite. */
    private int watch(Supervisor supervisor) throws InterruptedException {
        while (true) {
            Optional<StackProcess> dead = supervisor.firstDead();
            if (dead.isPresent() && !supervisor.isStopping()) {
                StackProcess process = dead.get();
                throw new StartupFailure("%s stopped unexpectedly%s; stopping the rest".formatted(process.name(),
                        process.exitCode().map(code -> " (exit code " + code + ")").orElse("")), process.log());
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    private int stopAfter(Supervisor supervisor, RuntimeException failure) {
        if (supervisor.isStopping()) {
            return 1;
        }
        console.fail(failure instanceof StartupFailure ? failure.getMessage() : "could not start: " + failure);
        Optional<Path> log = failure instanceof StartupFailure startup ? startup.log() : Optional.empty();
        log.ifPresent(this::showTail);
        supervisor.stopAll();
        return 1;
    }

    private void showTail(Path log) {
        console.say("  last lines of " + shown(log) + ":");
        LogFiles.tail(log, TAIL_LINES).forEach(line -> console.say("    " + line));
    }

    private StartupFailure alreadyRunning() {
        String pid = InstanceLock.holder(settings.home()).map(holder -> " (pid " + holder + ")").orElse("");
        return new StartupFailure("already running%s with its state in %s; stop it with Ctrl-C before starting again"
                .formatted(pid, shown(settings.home())));
    }

    /** Paths under the repository are shown relative to it, as a person standing there would type them. */
    private String shown(Path path) {
        return path.startsWith(settings.root()) ? settings.root().relativize(path).toString() : path.toString();
    }

    private static String secondsSince(long startNanos) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9);
    }
}
