package th.localnews.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @TempDir
    Path home;

    @Test
    void refusesASecondHolderWhileTheFirstHoldsIt() {
        try (InstanceLock first = InstanceLock.tryAcquire(home).orElseThrow()) {
            Optional<InstanceLock> second = InstanceLock.tryAcquire(home);

            assertThat(second).isEmpty();
            assertThat(InstanceLock.holder(home)).contains(ProcessHandle.current().pid());
        }
    }

    @Test
    void canBeTakenAgainOnceReleased() {
        InstanceLock.tryAcquire(home).orElseThrow().close();

        Optional<InstanceLock> again = InstanceLock.tryAcquire(home);

        assertThat(again).isPresent();
        again.get().close();
    }
}
