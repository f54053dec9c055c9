package th.localnews.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerEngineTest {

    private final AtomicInteger engineAsked = new AtomicInteger();

    @TempDir
    Path home;

    @Test
    void neverAsksTestcontainersWhenNothingPointsAtAnEngine() {
        DockerEngine engine = new DockerEngine(Map.of(), home, path -> false, this::engineAnswers);

        assertThat(engine.reachable()).isFalse();
        assertThat(engineAsked).hasValue(0);
    }

    @Test
    void ignoresTheContainerMarkerFile() {
        DockerEngine engine = new DockerEngine(Map.of(), home, Set.of(Path.of("/.dockerenv"))::contains,
                this::engineAnswers);

        assertThat(engine.reachable()).isFalse();
        assertThat(engineAsked).hasValue(0);
    }

    @Test
    void asksTheEngineWhenDockerHostIsSet() {
        DockerEngine engine = new DockerEngine(Map.of("DOCKER_HOST", "tcp://localhost:2375"), home,
                path -> false, this::engineAnswers);

        assertThat(engine.reachable()).isTrue();
        assertThat(engineAsked).hasValue(1);
    }

    @Test
    void asksTheEngineWhenTheDefaultSocketExists() {
        DockerEngine engine = new DockerEngine(Map.of(), home, Set.of(Path.of("/var/run/docker.sock"))::contains,
                this::engineAnswers);

        assertThat(engine.reachable()).isTrue();
    }

    @Test
    void asksTheEngineWhenTestcontainersPropertiesNameAHost() throws Exception {
        Files.writeString(home.resolve(".testcontainers.properties"), "docker.host=tcp://build-host:2376\n");
        DockerEngine engine = new DockerEngine(Map.of(), home, Files::exists, this::engineAnswers);

        assertThat(engine.reachable()).isTrue();
    }

    @Test
    void aConfiguredEngineThatDoesNotAnswerIsNotReachable() {
        DockerEngine engine = new DockerEngine(Map.of("DOCKER_HOST", "unix:///nowhere.sock"), home, path -> false,
                () -> false);

        assertThat(engine.reachable()).isFalse();
    }

    private boolean engineAnswers() {
        engineAsked.incrementAndGet();
        return true;
    }
}
