package th.localnews.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    @TempDir
    Path root;

    @Test
    void keepsARecordingOnlyWhenTheServiceStoppedAsAsked() throws IOException {
        ClassDataArchive stopped = recording("stopped");
        ClassDataArchive ended = recording("ended");
        ClassDataArchive killed = recording("killed");

        stopped.exited(143);
        ended.exited(0);
        killed.exited(137);

        assertThat(root.resolve("stopped.jsa")).hasContent("classes");
        assertThat(root.resolve("ended.jsa")).exists();
        assertThat(root.resolve("killed.jsa")).doesNotExist();
        assertThat(root.resolve("stopped.recording.jsa")).doesNotExist();
        assertThat(root.resolve("killed.recording.jsa")).doesNotExist();
    }

    @Test
    void recordsOnExitAndUsesTheArchiveAfterwards() {
        ClassDataArchive recording = new ClassDataArchive(ClassDataArchive.State.RECORDING, root.resolve("app.jar"),
                root.resolve("a.jsa"), root.resolve("a.recording.jsa"));
        ClassDataArchive inUse = new ClassDataArchive(ClassDataArchive.State.IN_USE, root.resolve("app.jar"),
                root.resolve("a.jsa"), root.resolve("a.recording.jsa"));

        assertThat(recording.javaOptions()).contains("-XX:ArchiveClassesAtExit=" + root.resolve("a.recording.jsa"));
        assertThat(inUse.javaOptions()).contains("-XX:SharedArchiveFile=" + root.resolve("a.jsa"));
        assertThat(recording.stopGrace()).as("time to write the archive while stopping").isGreaterThan(
                java.time.Duration.ofSeconds(60));
        assertThat(inUse.stopGrace()).isZero();
    }

    @Test
    void runsTheJarAsItIsWhenItCannotBeExtracted() throws IOException {
        Path jar = Files.createDirectories(root.resolve("feed-service/target")).resolve("feed-service.jar");
        Files.writeString(jar, "not a jar");
        Path log = Files.createFile(root.resolve("feed-service.log"));
        StackSettings settings = StackSettings.from(Map.of("LOCALNEWS_HOME", root.resolve("home").toString()), root);

        ClassDataArchive archive = ClassDataArchive.prepare(settings, ServiceDefinition.byName("feed-service"), log);

        assertThat(archive.state()).isEqualTo(ClassDataArchive.State.OFF);
        assertThat(archive.jar()).isEqualTo(jar);
        assertThat(archive.javaOptions()).isEmpty();
        assertThat(Files.readString(log)).contains("class-data sharing off for this run");
    }

    @Test
    void changesNothingWhenTurnedOff() {
        StackSettings settings = StackSettings.from(Map.of("LOCALNEWS_CDS", "off"), root);

        ClassDataArchive archive = ClassDataArchive.prepare(settings, ServiceDefinition.byName("web"),
                root.resolve("web.log"));

        assertThat(archive.state()).isEqualTo(ClassDataArchive.State.OFF);
        assertThat(archive.jar()).isEqualTo(root.resolve("web/target/web.jar"));
        assertThat(root.resolve(".localnews")).doesNotExist();
    }

    private ClassDataArchive recording(String name) throws IOException {
        Path recording = Files.writeString(root.resolve(name + ".recording.jsa"), "classes");
        return new ClassDataArchive(ClassDataArchive.State.RECORDING, root.resolve("app.jar"),
                root.resolve(name + ".jsa"), recording);
    }
}
