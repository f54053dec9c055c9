package th.localnews.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Many readers at once on a healthy backend: the gateway lets them all through and its breaker stays closed.
 * (Spring Cloud CircuitBreaker's default bulkhead let 25 through per route, failed the rest, and those failures
 * opened the breaker on a backend that had done nothing wrong.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayConcurrencyIT {

    private static final int READERS = 40;
    private static final Map<String, HttpServer> BACKENDS = Backends.startAll();
    private static final TestTokens TOKENS = new TestTokens();
    private static final HttpServer GATHERING_FEED = Backends.gatheringServer(READERS, Duration.ofSeconds(10));

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Value("${local.server.port}")
    private int gatewayPort;

    @Autowired
    private CircuitBreakerRegistry breakers;

    @DynamicPropertySource
    static void backendUris(DynamicPropertyRegistry registry) {
        BACKENDS.forEach((name, server) -> registry.add(Backends.URI_PROPERTY_BY_BACKEND.get(name),
                () -> Backends.uri("feed-service".equals(name) ? GATHERING_FEED : server)));
        registry.add("NEWSROOM_JWK_SET_URI", TOKENS::jwkSetUri);
        registry.add("NEWSROOM_JWT_ISSUER", () -> TestTokens.ISSUER);
    }

    @AfterAll
    static void stopTheGatheringBackend() {
        GATHERING_FEED.stop(0);
    }

    @Test
    void letsFortyConcurrentReadersThroughToAHealthyBackendAndKeepsItsBreakerClosed() {
        List<CompletableFuture<HttpResponse<Void>>> calls = IntStream.range(0, READERS)
                .mapToObj(i -> client.sendAsync(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + gatewayPort + "/api/articles?reader=" + i)).build(),
                        HttpResponse.BodyHandlers.discarding()))
                .toList();

        List<HttpResponse<Void>> responses = calls.stream().map(CompletableFuture::join).toList();

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(responses).extracting(response -> response.headers().firstValue("X-Together").orElse("absent"))
                .containsOnly("true");
        CircuitBreaker feed = breakers.circuitBreaker("feed-service");
        assertThat(feed.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(feed.getMetrics().getNumberOfFailedCalls()).isZero();
    }
}
