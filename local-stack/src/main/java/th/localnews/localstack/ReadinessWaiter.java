package th.localnews.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Polls each service's readiness probe, telling the person at the terminal how each one is doing. */
final class ReadinessWaiter {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    /** A service that has been started and is not yet known to be ready. */
    record Starting(ServiceDefinition service, ManagedProcess process, URI probe, String shownUrl, long startedNanos) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Console console;
    private final Duration timeout;

    ReadinessWaiter(Console console, Duration timeout) {
        this.console = console;
        this.timeout = timeout;
    }

    static URI probe(String baseUrl) {
        return URI.create(baseUrl + "/actuator/health/readiness");
    }

    void awaitAll(List<Starting> started) throws InterruptedException {
        List<Starting> pending = new ArrayList<>(started);
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        while (!pending.isEmpty()) {
            for (Starting each : List.copyOf(pending)) {
                if (check(each)) {
                    pending.remove(each);
                }
            }
            if (!pending.isEmpty() && System.nanoTime() > nextProgress) {
                console.say("  … waiting for %s (%d s)".formatted(names(pending), secondsSince(pending.get(0))));
                nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
            }
            TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
        }
    }

    private boolean check(Starting each) throws InterruptedException {
        String name = each.service().name();
        if (!each.process().isAlive()) {
            throw new StartupFailure("%s exited with code %d while starting"
                    .formatted(name, each.process().exitCode().orElse(-1)), each.process().log());
        }
        if (isReady(each.probe())) {
            console.say("  ✓ %s ready in %s s (%s)".formatted(name, seconds(each), each.shownUrl()));
            return true;
        }
        if (System.nanoTime() - each.startedNanos() > timeout.toNanos()) {
            throw new StartupFailure("%s not ready after %d s (LOCALNEWS_STARTUP_TIMEOUT)"
                    .formatted(name, timeout.toSeconds()), each.process().log());
        }
        return false;
    }

    private boolean isReady(URI probe) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        }
    }

    private static String names(List<Starting> pending) {
        return pending.stream().map(each -> each.service().name()).collect(Collectors.joining(", "));
    }

    private static long secondsSince(Starting each) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - each.startedNanos());
    }

    private static String seconds(Starting each) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - each.startedNanos()) / 1e9);
    }
}
