package th.localnews.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

    @TempDir
    Path logs;

    @Test
    void showsTheLastLinesOfALongLog() throws Exception {
        Path log = logs.resolve("web.log");
        Files.writeString(log, IntStream.rangeClosed(1, 100_000).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n", "", "\n")));

        assertThat(LogFiles.tail(log, 3)).containsExactly("line 99998", "line 99999", "line 100000");
    }

    @Test
    void showsAllOfAShortLog() throws Exception {
        Path log = logs.resolve("web.log");
        Files.writeString(log, "ข่าวท้องถิ่น\nstarted\n");

        assertThat(LogFiles.tail(log, 20)).containsExactly("ข่าวท้องถิ่น", "started");
    }

    @Test
    void startsEachRunWithAnEmptyLogAndKeepsThePreviousOne() throws Exception {
        Files.writeString(logs.resolve("kafka.log"), "last run\n");

        Path fresh = LogFiles.fresh(logs, "kafka");

        assertThat(fresh).isEmptyFile();
        assertThat(logs.resolve("kafka.log.1")).hasContent("last run");
    }

    @Test
    void keepsFiveRunsBeforeAndDropsTheOldest() throws Exception {
        for (int run = 1; run <= 7; run++) {
            Files.writeString(LogFiles.fresh(logs, "postgres"), "run " + run + "\n");
        }

        assertThat(logs.resolve("postgres.log")).hasContent("run 7");
        assertThat(logs.resolve("postgres.log.1")).hasContent("run 6");
        assertThat(logs.resolve("postgres.log.5")).hasContent("run 2");
        assertThat(logs.resolve("postgres.log.6")).doesNotExist();
    }
}
