package th.localnews.localstack;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A console whose lines a test can read back. */
final class TestConsole {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Console console;

    TestConsole() {
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        this.console = new Console(stream, stream);
    }

    Console console() {
        return console;
    }

    String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
