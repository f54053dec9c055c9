package th.localnews.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Drives the gateway over real HTTP to real loopback backends, one per service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingIT {

    private static final Map<String, String> URI_PROPERTY_BY_BACKEND = Map.of(
            "article-service", "ARTICLE_SERVICE_URI",
            "feed-service", "FEED_SERVICE_URI",
            "notification-service", "NOTIFICATION_SERVICE_URI",
            "auth-server", "AUTH_SERVER_URI",
            "web", "WEB_URI");

    private static final Map<String, HttpServer> BACKENDS = URI_PROPERTY_BY_BACKEND.keySet().stream()
            .collect(Collectors.toMap(Function.identity(), GatewayRoutingIT::echoServer));

    private final HttpClient client = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    private int gatewayPort;

    @DynamicPropertySource
    static void backendUris(DynamicPropertyRegistry registry) {
        BACKENDS.forEach((name, server) -> registry.add(URI_PROPERTY_BY_BACKEND.get(name),
                () -> "http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @AfterAll
    static void stopBackends() {
        BACKENDS.values().forEach(server -> server.stop(0));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "POST, /api/newsroom/articles, article-service",
            "GET, /api/newsroom/articles/42?status=draft, article-service",
            "GET, /api/articles?section=local-government&limit=5, feed-service",
            "GET, /api/articles/42, feed-service",
            "GET, /api/search?q=%E0%B8%99%E0%B9%89%E0%B8%B3%E0%B8%97%E0%B9%88%E0%B8%A7%E0%B8%A1, feed-service",
            "GET, /api/sections, feed-service",
            "GET, /api/provinces, feed-service",
            "GET, /rss.xml, feed-service",
            "GET, /sections/local-government/rss.xml, feed-service",
            "GET, /sitemap.xml, feed-service",
            "GET, /api/alerts/stream, feed-service",
            "POST, /api/subscriptions, notification-service",
            "DELETE, /api/subscriptions/abc, notification-service",
            "POST, /api/unsubscribe?token=t0k3n, notification-service",
            "POST, /oauth2/token, auth-server",
            "GET, /.well-known/openid-configuration, auth-server",
            "GET, /login, auth-server",
            "GET, /userinfo, auth-server",
            "GET, /, web",
            "GET, /articles/42/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7, web",
            "GET, /sections/local-government, web",
            "GET, /search?q=x, web",
            "GET, /sw.js, web",
    })
    void routesEachPublicPathToItsOwner(String method, String pathAndQuery, String backend) throws Exception {
        HttpResponse<String> response = send(method, pathAndQuery);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Backend")).hasValue(backend);
        assertThat(response.body()).isEqualTo(method + " " + pathAndQuery);
    }

    @Test
    void answersItsOwnHealthWithoutAskingABackend() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/readiness")) {
            HttpResponse<String> response = send("GET", path);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Backend")).isEmpty();
            assertThat(response.body()).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void keepsUnexposedActuatorPathsFromTheBackends() throws Exception {
        HttpResponse<String> response = send("GET", "/actuator/env");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Backend")).isEmpty();
    }

    private HttpResponse<String> send(String method, String pathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpServer echoServer(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = (exchange.getRequestMethod() + " " + exchange.getRequestURI().toASCIIString())
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("X-Backend", name);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
