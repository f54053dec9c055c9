package th.localnews.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the real {@code ./localnews up} from the repository root, on free ports, as a developer would. */
class LocalStackIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path TARGET = ROOT.resolve("local-stack").resolve("target");
    private static final Duration START_UP = Duration.ofMinutes(5);

    private final List<Process> launchers = new ArrayList<>();
    private final List<Path> homes = new ArrayList<>();

    @AfterEach
    void leaveNothingRunning() {
        launchers.forEach(launcher -> launcher.descendants().forEach(ProcessHandle::destroyForcibly));
        launchers.forEach(Process::destroyForcibly);
        homes.forEach(home -> processesOf(home).forEach(ProcessHandle::destroyForcibly));
    }

    @Test
    void refusesAJavaOlderThan17InOneLine() throws Exception {
        Path fakeJavaDir = Files.createDirectories(TARGET.resolve("it-fake-java-11"));
        Path fakeJava = fakeJavaDir.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n");
        fakeJava.toFile().setExecutable(true);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", fakeJavaDir + ":" + System.getenv("PATH"));

        Run run = run(env, TARGET.resolve("it-old-java.out"), true);

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output().strip()).isEqualTo(
                "localnews: Java 17 or newer is required (found 11.0.2 at " + fakeJava + ")");
    }

    @Test
    void refusesATakenGatewayPortAndStartsNothing() throws Exception {
        Path home = freshHome("it-port-taken");
        try (ServerSocket gatewayPortHolder = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<String, String> ports = new LinkedHashMap<>(SuiteControl.freePorts());
            ports.put("LOCALNEWS_PORT", Integer.toString(gatewayPortHolder.getLocalPort()));

            Run run = run(environment(home, ports), TARGET.resolve("it-port-taken.out"), false);

            assertThat(run.exitCode()).isNotZero();
            assertThat(run.output()).contains("localnews: port %d (gateway) is already in use"
                    .formatted(gatewayPortHolder.getLocalPort())).contains("LOCALNEWS_PORT=");
            assertThat(processesOf(home)).isEmpty();
            assertThat(home.resolve("kafka")).doesNotExist();
            assertThat(home.resolve("postgres")).doesNotExist();
            ports.remove("LOCALNEWS_PORT");
            assertThat(ports.values()).allSatisfy(port -> assertThat(PortCheck.isFree(Integer.parseInt(port))).isTrue());
        }
    }

    @Test
    void startsTheSuiteRefusesASecondStartStopsOnSigtermAndStartsAgainOnItsClassDataArchives() throws Exception {
        Path home = freshHome("it-stack");
        Map<String, String> ports = new LinkedHashMap<>(SuiteControl.freePorts());
        Map<String, String> env = environment(home, ports);
        Path output = TARGET.resolve("it-stack.out");
        Process launcher = start(env, output, false);

        await().atMost(START_UP).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(launcher.isAlive()).as("launcher alive; its output:%n%s", read(output)).isTrue();
            return read(output).contains("Ctrl-C to stop.");
        });

        assertThat(read(output)).contains("localnews is up after", "http://localhost:" + ports.get("LOCALNEWS_PORT"));
        assertThat(get(ports.get("LOCALNEWS_PORT"), "/actuator/health")).contains("\"status\":\"UP\"");
        assertThat(home.resolve(DevCredentials.FILE_NAME)).exists();
        assertThat(home.resolve(VapidKeyPair.FILE_NAME)).exists();
        assertThat(read(output)).contains("demo content: %d Thai stories imported".formatted(DemoContent.stories().size()));
        // imported through the newsroom, relayed through the outbox and Kafka, read back by a reader at the door
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get(ports.get("LOCALNEWS_PORT"), "/api/articles?limit=50"))
                        .contains("ทน.ขอนแก่น เปิดโครงการอาหารกลางวันปลอดสารพิษ"));
        assertThat(get(ports.get("LOCALNEWS_PORT"), "/api/search?q=" + URLEncoder.encode("เทศบาลนครขอนแก่น",
                StandardCharsets.UTF_8))).contains("อาหารกลางวัน");

        Run second = run(env, TARGET.resolve("it-second-start.out"), false);
        assertThat(second.exitCode()).isNotZero();
        assertThat(second.output()).contains("localnews: already running (pid " + launcher.pid() + ")");

        List<ProcessHandle> started = new ArrayList<>(launcher.descendants().toList());
        started.add(postmaster(home));
        assertThat(started).hasSizeGreaterThanOrEqualTo(ServiceDefinition.ALL.size() + 2);
        assertThat(processesOf(home)).hasSizeGreaterThanOrEqualTo(ServiceDefinition.ALL.size() + 2);

        launcher.destroy();

        // the services write their class-data archives as they stop, which takes a while on a busy machine
        assertThat(launcher.waitFor(4, TimeUnit.MINUTES)).as("launcher stopped after SIGTERM").isTrue();
        assertThat(read(output)).contains("localnews: stopped; nothing left running");
        assertThat(started).noneMatch(ProcessHandle::isAlive);
        assertThat(processesOf(home)).isEmpty();
        assertThat(ports.values()).allSatisfy(port -> assertThat(PortCheck.isFree(Integer.parseInt(port))).isTrue());
        // the first run recorded a class-data archive per service as it stopped; the next start uses them
        assertThat(read(output)).contains("recording class-data archives for %d services"
                .formatted(ServiceDefinition.ALL.size()));
        assertThat(ServiceDefinition.ALL).allSatisfy(service -> assertThat(home.resolve("cds").resolve(service.name())
                .resolve(service.name() + ".jsa")).isNotEmptyFile());

        Path again = TARGET.resolve("it-restart.out");
        Process restarted = start(env, again, false);
        await().atMost(START_UP).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(restarted.isAlive()).as("launcher alive; its output:%n%s", read(again)).isTrue();
            return read(again).contains("Ctrl-C to stop.");
        });
        assertThat(read(again)).contains("class-data archives in use for %d of %d services"
                .formatted(ServiceDefinition.ALL.size(), ServiceDefinition.ALL.size()))
                .contains("the newsroom already has stories, none added");
        assertThat(get(ports.get("LOCALNEWS_PORT"), "/api/articles?limit=50"))
                .contains("ทน.ขอนแก่น เปิดโครงการอาหารกลางวันปลอดสารพิษ");
        restarted.destroy();
        assertThat(restarted.waitFor(2, TimeUnit.MINUTES)).as("restarted launcher stopped after SIGTERM").isTrue();
        assertThat(processesOf(home)).isEmpty();
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(Map<String, String> env, Path output, boolean withoutJavaHome) throws Exception {
        Process process = start(env, output, withoutJavaHome);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Run(process.exitValue(), read(output));
    }

    private Process start(Map<String, String> env, Path output, boolean withoutJavaHome) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("./localnews", "up")
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("LOCALNEWS_"));
        if (withoutJavaHome) {
            builder.environment().remove("JAVA_HOME");
        }
        builder.environment().putAll(env);
        Process process = builder.start();
        launchers.add(process);
        return process;
    }

    private static Map<String, String> environment(Path home, Map<String, String> ports) {
        Map<String, String> env = new LinkedHashMap<>(ports);
        env.put("LOCALNEWS_HOME", home.toString());
        env.put("LOCALNEWS_STARTUP_TIMEOUT", "240");
        return env;
    }

    private Path freshHome(String name) throws IOException {
        Path home = TARGET.resolve(name);
        processesOf(home).forEach(ProcessHandle::destroyForcibly);
        if (Files.exists(home)) {
            try (Stream<Path> tree = Files.walk(home)) {
                for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        homes.add(home);
        return home;
    }

    /** Every process whose command line names this state directory: the child JVMs and PostgreSQL. */
    private static List<ProcessHandle> processesOf(Path home) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine()
                        .map(line -> line.contains("-Dlocalnews.home=" + home + " ")
                                || line.contains("-D " + home.resolve("postgres") + " "))
                        .orElse(false))
                .toList();
    }

    private static ProcessHandle postmaster(Path home) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(home.resolve("postgres").resolve("postmaster.pid")).get(0));
        return ProcessHandle.of(pid).orElseThrow();
    }

    private static String get(String port, String pathAndQuery) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String read(Path output) throws IOException {
        return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    }
}
