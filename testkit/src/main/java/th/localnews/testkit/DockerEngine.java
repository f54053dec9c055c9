package th.localnews.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.testcontainers.DockerClientFactory;

/**
 * Answers "does a Docker engine answer here?". Testcontainers' own discovery is slow and logs errors when no
 * engine exists, so it is asked only when an engine is configured (DOCKER_HOST, ~/.testcontainers.properties)
 * or one of the usual sockets exists. A container marker such as /.dockerenv proves nothing and is not looked at.
 */
final class DockerEngine {

    private final Map<String, String> environment;
    private final Path home;
    private final Predicate<Path> exists;
    private final BooleanSupplier engineAnswers;

    DockerEngine(Map<String, String> environment, Path home, Predicate<Path> exists, BooleanSupplier engineAnswers) {
        this.environment = environment;
        this.home = home;
        this.exists = exists;
        this.engineAnswers = engineAnswers;
    }

    static boolean isReachable() {
        return new DockerEngine(System.getenv(), Path.of(System.getProperty("user.home")), Files::exists,
                DockerEngine::askTestcontainers).reachable();
    }

    boolean reachable() {
        return configured() && engineAnswers.getAsBoolean();
    }

    private boolean configured() {
        return environment.containsKey("DOCKER_HOST")
                || testcontainersPropertiesNameAHost()
                || candidateSockets().anyMatch(this::existsQuietly);
    }

    private boolean testcontainersPropertiesNameAHost() {
        Path file = home.resolve(".testcontainers.properties");
        if (!exists.test(file)) {
            return false;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            return false;
        }
        return properties.containsKey("docker.host") || properties.containsKey("tc.host");
    }

    private Stream<String> candidateSockets() {
        Stream<String> system = Stream.of("/var/run/docker.sock", "\\\\.\\pipe\\docker_engine");
        Stream<String> user = Stream.of(".docker/run/docker.sock", ".docker/desktop/docker.sock",
                ".colima/default/docker.sock", ".rd/docker.sock").map(socket -> home.resolve(socket).toString());
        Stream<String> runtime = Stream.ofNullable(environment.get("XDG_RUNTIME_DIR"))
                .flatMap(dir -> Stream.of(dir + "/docker.sock", dir + "/podman/podman.sock"));
        return Stream.of(system, user, runtime).flatMap(s -> s);
    }

    private boolean existsQuietly(String path) {
        try {
            return exists.test(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean askTestcontainers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
