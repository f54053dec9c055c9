package th.localnews.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverProcessesTest {

    @TempDir
    Path home;

    private Process leftover;

    @AfterEach
    void killLeftover() {
        if (leftover != null) {
            leftover.destroyForcibly();
        }
    }

    @Test
    void stopsWhatAKilledLauncherRecordedAndForgetsIt() throws Exception {
        leftover = new ProcessBuilder("sleep", "300").start();
        PidFile pidFile = new PidFile(home);
        pidFile.add(PidFile.Entry.of(Supervisor.Tier.SERVICE, "web", leftover.toHandle()));
        TestConsole console = new TestConsole();

        LeftoverProcesses.stop(new PidFile(home), home.resolve("postgres"), console.console());

        assertThat(leftover.isAlive()).isFalse();
        assertThat(console.output()).contains("stopped web (pid " + leftover.pid() + ")");
        assertThat(home.resolve(PidFile.FILE_NAME)).doesNotExist();
    }

    @Test
    void saysNothingWhenNothingWasLeft() {
        TestConsole console = new TestConsole();

        LeftoverProcesses.stop(new PidFile(home), home.resolve("postgres"), console.console());

        assertThat(console.output()).isEmpty();
    }
}
