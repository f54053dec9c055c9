package th.localnews.gateway;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway over real HTTP with every backend up on loopback and our own token issuer. Subclasses share one
 * application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "localnews.gateway.cors.allowed-origins=https://app.localnews.example",
        "localnews.gateway.hardening.max-body=1KB",
        "localnews.gateway.hardening.body-limits[0].path=/api/newsroom/**",
        "localnews.gateway.hardening.body-limits[0].max=4KB" })
abstract class GatewayITSupport {

    static final Map<String, HttpServer> BACKENDS = Backends.startAll();
    static final TestTokens TOKENS = new TestTokens();

    final HttpClient client = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int gatewayPort;

    @DynamicPropertySource
    static void backendUris(DynamicPropertyRegistry registry) {
        BACKENDS.forEach((name, server) -> registry.add(Backends.URI_PROPERTY_BY_BACKEND.get(name),
                () -> Backends.uri(server)));
        registry.add("NEWSROOM_JWK_SET_URI", TOKENS::jwkSetUri);
        registry.add("NEWSROOM_JWT_ISSUER", () -> TestTokens.ISSUER);
    }

    HttpRequest.Builder request(String method, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String pathAndQuery) throws Exception {
        return send(request(method, pathAndQuery));
    }
}
