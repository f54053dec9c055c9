package th.localnews.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Class-data sharing for one service JVM, so that a start after the first spends less of the two cores on
 * loading and verifying classes. The JDK can archive only classes it reads from plain jar files, not from
 * inside a Spring Boot jar, so the service's jar is extracted once (Spring Boot's {@code -Djarmode=tools
 * extract}) under {@code <home>/cds/<service>/}. A run without an archive records one as it exits
 * ({@code -XX:ArchiveClassesAtExit}); the recording is kept only if the service stopped as asked, so a killed
 * or crashed run never leaves half an archive. A new build, another JDK or other Java options start over.
 */
final class ClassDataArchive {

    /** How a JVM exits when stopped with SIGTERM (128 + 15); 0 when it ends on its own. */
    private static final int STOPPED_AS_ASKED = 143;
    private static final Duration EXTRACT_TIMEOUT = Duration.ofMinutes(2);
    /** Writing an archive of 60–90 MB as it exits took a service more than the usual 20 s with six at once under load. */
    private static final Duration RECORDING_STOP_GRACE = Duration.ofSeconds(120);

    enum State { OFF, RECORDING, IN_USE }

    private final State state;
    private final Path jar;
    private final Path archive;
    private final Path recording;

    ClassDataArchive(State state, Path jar, Path archive, Path recording) {
        this.state = state;
        this.jar = jar;
        this.archive = archive;
        this.recording = recording;
    }

    /** The service's own jar, run as it is. */
    static ClassDataArchive off(StackSettings settings, ServiceDefinition service) {
        return new ClassDataArchive(State.OFF, service.jar(settings.root()), null, null);
    }

    /**
     * Extracts the service's jar if this build of it has not been extracted yet, and tells whether the run will
     * use an archive or record one. Falls back to the jar as it is if extraction fails, with the reason in the log.
     */
    static ClassDataArchive prepare(StackSettings settings, ServiceDefinition service, Path log) {
        if (!settings.classDataSharing()) {
            return off(settings, service);
        }
        Path source = service.jar(settings.root());
        Path directory = settings.home().resolve("cds").resolve(service.name());
        Path extracted = directory.resolve("app");
        Path jar = extracted.resolve(service.name() + ".jar");
        Path archive = directory.resolve(service.name() + ".jsa");
        Path recording = directory.resolve(service.name() + ".recording.jsa");
        try {
            String stamp = stamp(source, settings);
            Path stampFile = directory.resolve("stamp");
            if (!Files.isRegularFile(jar) || !Files.isRegularFile(stampFile)
                    || !Files.readString(stampFile).equals(stamp)) {
                deleteTree(directory);
                Files.createDirectories(directory);
                extract(source, extracted, log);
                Files.writeString(stampFile, stamp);
            }
            Files.deleteIfExists(recording);
            State state = Files.isRegularFile(archive) ? State.IN_USE : State.RECORDING;
            return new ClassDataArchive(state, jar, archive, recording);
        } catch (IOException | RuntimeException e) {
            LogFiles.append(log, "localnews: class-data sharing off for this run, the jar could not be extracted: " + e);
            return off(settings, service);
        }
    }

    State state() {
        return state;
    }

    /** The jar to run: the extracted one when an archive is used or recorded. */
    Path jar() {
        return jar;
    }

    List<String> javaOptions() {
        return switch (state) {
            case OFF -> List.of();
            case RECORDING -> List.of("-XX:ArchiveClassesAtExit=" + recording, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
            case IN_USE -> List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off");
        };
    }

    /** The least time a stop must give the service: a recording one writes its archive as it exits. */
    Duration stopGrace() {
        return state == State.RECORDING ? RECORDING_STOP_GRACE : Duration.ZERO;
    }

    /** Called once the service's JVM has ended: a recording it finished by stopping as asked becomes the archive. */
    void exited(int exitCode) {
        if (state != State.RECORDING) {
            return;
        }
        try {
            if ((exitCode == STOPPED_AS_ASKED || exitCode == 0) && Files.isRegularFile(recording)) {
                Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(recording);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the archive depends on besides the classes: this build of the jar, the JDK and the Java options. */
    private static String stamp(Path jar, StackSettings settings) throws IOException {
        return String.join("\n", Long.toString(Files.size(jar)),
                Long.toString(Files.getLastModifiedTime(jar).toMillis()), System.getProperty("java.home"),
                Runtime.version().toString(), String.join(" ", settings.serviceJavaOptions()));
    }

    private static void extract(Path source, Path destination, Path log) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", source.toString(), "extract", "--destination", destination.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!process.waitFor(EXTRACT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("extracting " + source + " took longer than " + EXTRACT_TIMEOUT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting " + source, e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("extracting " + source + " failed (exit code " + process.exitValue() + ")");
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
