package th.localnews.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTest {

    @TempDir
    Path home;

    @Test
    void readsBackWhatWasRecordedInStopOrder() {
        PidFile pidFile = new PidFile(home);
        pidFile.add(new PidFile.Entry(Supervisor.Tier.DATABASE, "postgres", 30, 3));
        pidFile.add(new PidFile.Entry(Supervisor.Tier.BROKER, "kafka", 20, 2));
        pidFile.add(new PidFile.Entry(Supervisor.Tier.SERVICE, "gateway", 10, 1));

        assertThat(new PidFile(home).read()).extracting(PidFile.Entry::name)
                .containsExactly("gateway", "kafka", "postgres");
    }

    @Test
    void skipsLinesItCannotRead() throws Exception {
        Files.writeString(home.resolve(PidFile.FILE_NAME), "SERVICE web 12 34\ngarbage\n\nBROKER kafka x 1\n");

        assertThat(new PidFile(home).read()).containsExactly(new PidFile.Entry(Supervisor.Tier.SERVICE, "web", 12, 34));
    }

    @Test
    void leavesAloneAPidNowHeldByAnotherProcess() {
        ProcessHandle self = ProcessHandle.current();
        long otherStart = self.info().startInstant().orElseThrow().toEpochMilli() - 60_000;

        assertThat(new PidFile.Entry(Supervisor.Tier.SERVICE, "web", self.pid(), otherStart).stillRunning()).isEmpty();
        assertThat(PidFile.Entry.of(Supervisor.Tier.SERVICE, "web", self).stillRunning()).contains(self);
    }

    @Test
    void isGoneAfterDelete() {
        PidFile pidFile = new PidFile(home);
        pidFile.add(new PidFile.Entry(Supervisor.Tier.SERVICE, "web", 10, 1));

        pidFile.delete();

        assertThat(home.resolve(PidFile.FILE_NAME)).doesNotExist();
        assertThat(pidFile.read()).isEmpty();
    }
}
