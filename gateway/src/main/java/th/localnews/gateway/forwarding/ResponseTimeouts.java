package th.localnews.gateway.forwarding;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.stereotype.Component;

import reactor.netty.http.client.HttpClient;

/**
 * How long the gateway waits for a backend's response: {@code GATEWAY_RESPONSE_TIMEOUT} without a byte from the
 * backend, except on the event-stream paths, which stay open for as long as the reader does.
 * <p>
 * Spring Cloud Gateway's own {@code httpclient.response-timeout} wraps every proxied call in {@code Flux.timeout},
 * which schedules a task on Reactor's parallel scheduler and cancels it again for every request, across threads
 * (docs/benchmarks.md, P1). Reactor Netty's response timeout is a timer on the connection's own event loop instead.
 * What differs: it counts from the request being sent to the response's last byte, restarted by every read, so a
 * backend that sends its headers and then stalls mid-body is cut too (before, only the wait for the headers was
 * bounded); a timeout is still an error of the call, so the route's circuit breaker answers with its fallback (503).
 */
@Component
class ResponseTimeouts implements HttpClientCustomizer {

    private final Duration timeout;
    private final Set<String> untimedPaths;

    ResponseTimeouts(@Value("${GATEWAY_RESPONSE_TIMEOUT:15s}") Duration timeout,
            @Value("${localnews.gateway.untimed-paths:/api/alerts/stream}") List<String> untimedPaths) {
        this.timeout = timeout;
        this.untimedPaths = Set.copyOf(untimedPaths);
    }

    @Override
    public HttpClient customize(HttpClient httpClient) {
        return httpClient.doOnRequest((request, connection) -> {
            Duration wait = timeoutFor(request.fullPath());
            if (wait != null) {
                request.responseTimeout(wait);
            }
        });
    }

    /** The timeout for a backend path, none (null) for an event stream. */
    Duration timeoutFor(String path) {
        String normalized = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        normalized = normalized.startsWith("/") ? normalized : "/" + normalized;
        return untimedPaths.contains(normalized) ? null : timeout;
    }
}
