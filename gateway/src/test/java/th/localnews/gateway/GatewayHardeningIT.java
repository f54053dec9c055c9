package th.localnews.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Limits and headers the gateway holds for every route, over real HTTP (and raw sockets where a client would tidy up). */
class GatewayHardeningIT extends GatewayITSupport {

    @Test
    void refusesADeclaredBodyOverTheLimitBeforeForwarding() throws Exception {
        HttpResponse<String> response = send(request("POST", "/api/subscriptions")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2048])));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("X-Backend")).isEmpty();
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void refusesAChunkedBodyOverTheLimit() throws Exception {
        HttpResponse<String> response = send(request("POST", "/api/subscriptions")
                .POST(chunked(8 * 1024)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("body-too-large");
    }

    @Test
    void passesAChunkedBodyUnderTheLimit() throws Exception {
        HttpResponse<String> response = send(request("POST", "/api/subscriptions")
                .POST(chunked(900)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Body-Length")).hasValue("900");
    }

    @Test
    void givesNewsroomRoutesTheirLargerLimit() throws Exception {
        HttpResponse<String> response = send(request("POST", "/api/newsroom/articles")
                .header("Authorization", "Bearer " + TOKENS.editor())
                .POST(chunked(3 * 1024)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Body-Length")).hasValue(Integer.toString(3 * 1024));
    }

    @ParameterizedTest(name = "{0} -> 400")
    @ValueSource(strings = { "/api/articles/../newsroom/articles", "/api/articles/%2e%2e/newsroom/articles",
            "/api/articles/1%2F..%2F..%2Fnewsroom", "/api/articles/1%5c..", "/api/articles/./1",
            "/api/articles/1;jsessionid=x" })
    void refusesAmbiguousPaths(String path) throws Exception {
        String statusLine = rawRequest("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(statusLine).startsWith("HTTP/1.1 400");
    }

    @Test
    void refusesAMethodTheRouteDoesNotTake() throws Exception {
        HttpResponse<String> response = send("DELETE", "/api/articles/42");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(response.headers().firstValue("X-Backend")).isEmpty();
    }

    @Test
    void refusesHeadersOverTheLimit() throws Exception {
        HttpResponse<String> response = send(request("GET", "/api/sections").header("X-Padding", "a".repeat(20_000)));

        assertThat(response.statusCode()).isIn(400, 431);
        assertThat(response.headers().firstValue("X-Backend")).isEmpty();
    }

    @Test
    void keepsTheInternalFallbackPathsInternal() throws Exception {
        HttpResponse<String> response = send("GET", "/gateway-fallback/feed-service");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void setsSecurityHeadersButNoHstsOverPlainHttp() throws Exception {
        HttpResponse<String> response = send("GET", "/");

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    /**
     * Public routes never enter Spring Security's chain (it runs for newsroom routes only), so its default headers
     * are not there: SecurityHeadersFilter's are, on the backends' answers and on the gateway's own.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/articles", "/api/sections", "/rss.xml", "/api/subscriptions/abc", "/api/articles/1;x",
            "/gateway-fallback/feed-service" })
    void setsSecurityHeadersOnPublicReadsAndOnItsOwnAnswers(String path) throws Exception {
        HttpResponse<String> response = send("GET", path);

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void setsHstsBehindATlsTerminatingProxy() throws Exception {
        HttpResponse<String> response = send(request("GET", "/").header("X-Forwarded-Proto", "https"));

        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).startsWith("max-age="));
    }

    @Test
    void generatesARequestIdAndPassesItOn() throws Exception {
        HttpResponse<String> response = send("GET", "/api/sections");

        String id = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).hasSize(36);
        assertThat(response.headers().firstValue("X-Seen-Request-Id")).hasValue(id);
    }

    @Test
    void keepsTheCallersRequestIdAndTraceparent() throws Exception {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        HttpResponse<String> response = send(request("GET", "/api/sections")
                .header("X-Request-Id", "req-123").header("traceparent", traceparent));

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-123");
        assertThat(response.headers().firstValue("X-Seen-Request-Id")).hasValue("req-123");
        assertThat(response.headers().firstValue("X-Seen-Traceparent")).hasValue(traceparent);
    }

    @Test
    void replacesAnUnsafeRequestId() throws Exception {
        HttpResponse<String> response = send(request("GET", "/api/sections").header("X-Request-Id", "a b<script>"));

        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(
                id -> assertThat(id).doesNotContain("<").hasSize(36));
    }

    /** No length known up front, so the JDK client sends Transfer-Encoding: chunked. */
    private static HttpRequest.BodyPublisher chunked(int size) {
        byte[] body = new byte[size];
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    private String rawRequest(String request) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), gatewayPort)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.lines().findFirst().orElse("");
        }
    }
}
