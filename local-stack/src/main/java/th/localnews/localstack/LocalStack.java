package th.localnews.localstack;

import java.nio.file.Path;

/** {@code ./localnews up}: the whole suite on this machine, as real processes, until Ctrl-C. */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) {
        Console console = Console.system();
        if (args.length != 1 || !"up".equals(args[0])) {
            console.fail("usage: ./localnews up");
            System.exit(2);
        }
        int exitCode;
        try {
            exitCode = new UpCommand(StackSettings.from(System.getenv(), root()), console).run();
        } catch (StartupFailure e) {
            console.fail(e.getMessage());
            exitCode = 1;
        } catch (RuntimeException e) {
            console.fail("could not start: " + e);
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    /** The repository the script lives in; the script says where that is, as it may be run from anywhere. */
    private static Path root() {
        return Path.of(System.getProperty("localnews.root", "")).toAbsolutePath().normalize();
    }
}
