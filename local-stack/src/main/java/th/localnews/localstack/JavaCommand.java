package th.localnews.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The start of every child JVM's command line: the launcher's own Java, and marks that name the process in ps. */
final class JavaCommand {

    private JavaCommand() {
    }

    static List<String> of(StackSettings settings, List<String> options, String processName) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-Dlocalnews.home=" + settings.home());
        command.add("-Dlocalnews.process=" + processName);
        return command;
    }
}
