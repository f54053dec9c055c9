package th.localnews.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevCredentialsTest {

    private final SecureRandom random = new SecureRandom();

    @TempDir
    Path home;

    @Test
    void writesNewCredentialsToAFileOnlyItsOwnerCanRead() throws Exception {
        DevCredentials credentials = DevCredentials.loadOrCreate(home, random);

        Path file = home.resolve("dev-credentials.env");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file))
                .contains("NEWSROOM_CLIENT_ID=" + credentials.newsroomClientId())
                .contains("NEWSROOM_CLIENT_SECRET=" + credentials.newsroomClientSecret())
                .contains("EDITOR_USERNAME=" + credentials.editorUsername())
                .contains("EDITOR_PASSWORD=" + credentials.editorPassword());
        assertThat(credentials.newsroomClientSecret()).hasSize(32).isNotEqualTo(credentials.editorPassword());
    }

    @Test
    void reusesTheSameCredentialsOnLaterRuns() {
        DevCredentials first = DevCredentials.loadOrCreate(home, random);

        assertThat(DevCredentials.loadOrCreate(home, random)).isEqualTo(first);
    }

    @Test
    void keepsEditedValuesAndFillsInWhatIsMissing() throws Exception {
        Files.writeString(home.resolve("dev-credentials.env"), "EDITOR_USERNAME=somchai\nEDITOR_PASSWORD=own\n");
        Files.setPosixFilePermissions(home.resolve("dev-credentials.env"),
                PosixFilePermissions.fromString("rw-r--r--"));

        DevCredentials credentials = DevCredentials.loadOrCreate(home, random);

        assertThat(credentials.editorUsername()).isEqualTo("somchai");
        assertThat(credentials.editorPassword()).isEqualTo("own");
        assertThat(credentials.newsroomClientSecret()).isNotBlank();
        assertThat(Files.readString(home.resolve("dev-credentials.env")))
                .contains("NEWSROOM_CLIENT_SECRET=" + credentials.newsroomClientSecret());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("dev-credentials.env"))))
                .isEqualTo("rw-------");
    }

    @Test
    void givesEachMachineItsOwnSecrets(@TempDir Path otherHome) {
        DevCredentials mine = DevCredentials.loadOrCreate(home, random);
        DevCredentials theirs = DevCredentials.loadOrCreate(otherHome, random);

        assertThat(theirs.newsroomClientSecret()).isNotEqualTo(mine.newsroomClientSecret());
        assertThat(theirs.editorPassword()).isNotEqualTo(mine.editorPassword());
    }

    @Test
    void neverPrintsItsSecrets() {
        DevCredentials credentials = DevCredentials.loadOrCreate(home, random);

        assertThat(credentials.toString())
                .doesNotContain(credentials.newsroomClientSecret())
                .doesNotContain(credentials.editorPassword());
    }

    @Test
    void hasTheVariableNamesTheIssuerReads() {
        DevCredentials credentials = DevCredentials.loadOrCreate(home, random);

        assertThat(credentials.asEnvironment()).containsOnlyKeys(
                "NEWSROOM_CLIENT_ID", "NEWSROOM_CLIENT_SECRET", "EDITOR_USERNAME", "EDITOR_PASSWORD");
    }
}
