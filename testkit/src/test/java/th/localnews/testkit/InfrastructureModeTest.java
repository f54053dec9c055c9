package th.localnews.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InfrastructureModeTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "auto", " AUTO " })
    void usesDockerWhenUnforcedAndAnEngineAnswers(String requested) {
        assertThat(InfrastructureMode.resolve(requested, () -> true)).isEqualTo(InfrastructureMode.DOCKER);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "auto")
    void staysEmbeddedWhenUnforcedAndNoEngineAnswers(String requested) {
        assertThat(InfrastructureMode.resolve(requested, () -> false)).isEqualTo(InfrastructureMode.EMBEDDED);
    }

    @Test
    void forcedEmbeddedNeverAsksForDocker() {
        AtomicInteger asked = new AtomicInteger();
        BooleanSupplier probe = () -> asked.incrementAndGet() > 0;

        assertThat(InfrastructureMode.resolve("Embedded", probe)).isEqualTo(InfrastructureMode.EMBEDDED);
        assertThat(asked).hasValue(0);
    }

    @Test
    void forcedDockerIsTakenWithoutProbingSoAMissingEngineFailsLoudly() {
        AtomicInteger asked = new AtomicInteger();
        BooleanSupplier probe = () -> asked.incrementAndGet() < 0;

        assertThat(InfrastructureMode.resolve("docker", probe)).isEqualTo(InfrastructureMode.DOCKER);
        assertThat(asked).hasValue(0);
    }

    @Test
    void rejectsAnUnknownChoiceNamingTheVariable() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> InfrastructureMode.resolve("podman", () -> true))
                .withMessageContaining(InfrastructureMode.ENVIRONMENT_VARIABLE)
                .withMessageContaining("podman");
    }
}
