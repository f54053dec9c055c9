package th.localnews.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisorTest {

    @TempDir
    Path home;

    private final TestConsole console = new TestConsole();

    @Test
    void stopsEveryProcessItStartedAndForgetsThem() {
        Supervisor supervisor = new Supervisor(new PidFile(home), console.console());
        ManagedProcess service = supervisor.start(Supervisor.Tier.SERVICE, () -> sleeper("web"));
        ManagedProcess broker = supervisor.start(Supervisor.Tier.BROKER, () -> sleeper("kafka"));
        assertThat(new PidFile(home).read()).extracting(PidFile.Entry::pid)
                .containsExactly(service.handle().pid(), broker.handle().pid());

        supervisor.stopAll();

        assertThat(service.isAlive()).isFalse();
        assertThat(broker.isAlive()).isFalse();
        assertThat(home.resolve(PidFile.FILE_NAME)).doesNotExist();
        assertThat(console.output()).contains("stopped; nothing left running");
    }

    @Test
    void reportsTheFirstProcessThatDied() throws Exception {
        Supervisor supervisor = new Supervisor(new PidFile(home), console.console());
        supervisor.start(Supervisor.Tier.SERVICE, () -> sleeper("web"));
        ManagedProcess quitter = supervisor.start(Supervisor.Tier.SERVICE, () -> process("feed-service", "true"));
        quitter.handle().onExit().get();

        assertThat(supervisor.firstDead()).map(StackProcess::name).contains("feed-service");
        supervisor.stopAll();
    }

    @Test
    void refusesToStartAnythingOnceStopping() {
        Supervisor supervisor = new Supervisor(new PidFile(home), console.console());
        supervisor.stopAll();

        assertThatThrownBy(() -> supervisor.start(Supervisor.Tier.SERVICE, () -> sleeper("web")))
                .isInstanceOf(StartupFailure.class);
    }

    private ManagedProcess sleeper(String name) {
        return process(name, "sleep", "300");
    }

    private ManagedProcess process(String name, String... command) {
        try {
            return ManagedProcess.start(name, List.of(command), Map.of(), home,
                    Files.createTempFile(home, name, ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
