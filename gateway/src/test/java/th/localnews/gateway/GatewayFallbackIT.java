package th.localnews.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * feed-service is down (nothing listens on its port) and auth-server hangs: their routes fall back, every other
 * route still works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "GATEWAY_RESPONSE_TIMEOUT=1s")
class GatewayFallbackIT {

    private static final Map<String, HttpServer> BACKENDS = Backends.startAll();
    private static final TestTokens TOKENS = new TestTokens();
    private static final String DEAD_FEED = Backends.deadUri();
    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    private static final HttpServer HANGING_AUTH = Backends.hangingServer(RELEASE);

    private final HttpClient client = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    private int gatewayPort;

    @DynamicPropertySource
    static void backendUris(DynamicPropertyRegistry registry) {
        BACKENDS.forEach((name, server) -> registry.add(Backends.URI_PROPERTY_BY_BACKEND.get(name),
                () -> switch (name) {
                    case "feed-service" -> DEAD_FEED;
                    case "auth-server" -> Backends.uri(HANGING_AUTH);
                    default -> Backends.uri(server);
                }));
        registry.add("NEWSROOM_JWK_SET_URI", TOKENS::jwkSetUri);
        registry.add("NEWSROOM_JWT_ISSUER", () -> TestTokens.ISSUER);
    }

    @AfterAll
    static void releaseTheHangingBackend() {
        RELEASE.countDown();
        HANGING_AUTH.stop(0);
    }

    @ParameterizedTest(name = "{0} -> 503")
    @ValueSource(strings = { "/api/articles/42", "/api/search?q=x", "/rss.xml", "/api/alerts/stream" })
    void answersTheFeedsRoutesWith503AndRetryAfterNeverStaleData(String path) throws Exception {
        HttpResponse<String> response = get(path, null);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":503").contains("no older copy is served");
    }

    @Test
    void keepsEveryOtherRouteWorking() throws Exception {
        for (int i = 0; i < 15; i++) {
            assertThat(get("/api/articles/" + i, null).statusCode()).isEqualTo(503);
        }

        assertThat(get("/", null).headers().firstValue("X-Backend")).hasValue("web");
        assertThat(get("/api/newsroom/articles", TOKENS.editor()).headers().firstValue("X-Backend"))
                .hasValue("article-service");
        assertThat(get("/api/subscriptions/abc", null).statusCode()).isEqualTo(200);
    }

    @Test
    void answersAHangingBackendWith503AfterTheResponseTimeout() throws Exception {
        long started = System.nanoTime();

        HttpResponse<String> response = get("/.well-known/openid-configuration", null);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("sign-in temporarily unavailable");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
