package th.localnews.localstack;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a person at the terminal reads: progress on stdout, the one line that says why it failed on stderr. */
final class Console {

    private final PrintStream out;
    private final PrintStream err;

    Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** UTF-8 whatever the platform default, so the progress marks survive Java 17's locale-based encoding. */
    static Console system() {
        return new Console(utf8(FileDescriptor.out), utf8(FileDescriptor.err));
    }

    void say(String line) {
        out.println(line);
    }

    void fail(String line) {
        err.println("localnews: " + line);
    }

    private static PrintStream utf8(FileDescriptor descriptor) {
        return new PrintStream(new FileOutputStream(descriptor), true, StandardCharsets.UTF_8);
    }
}
