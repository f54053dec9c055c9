package th.localnews.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** JWT checks on newsroom routes, against tokens from our own loopback issuer; CORS. */
class GatewaySecurityIT extends GatewayITSupport {

    static Stream<Arguments> rejectedTokens() {
        return Stream.of(
                Arguments.of("expired", (Supplier<String>) TOKENS::expired),
                Arguments.of("wrong issuer", (Supplier<String>) TOKENS::wrongIssuer),
                Arguments.of("wrong audience", (Supplier<String>) TOKENS::wrongAudience),
                Arguments.of("alg none", (Supplier<String>) TOKENS::unsigned),
                Arguments.of("HS256 keyed with the public key", (Supplier<String>) TOKENS::hmacWithPublicKey),
                Arguments.of("garbage", (Supplier<String>) () -> "not-a-jwt"));
    }

    @Test
    void passesAnEditorTokenAndRelaysTheAuthorizationHeaderUnchanged() throws Exception {
        String token = TOKENS.editor();

        HttpResponse<String> response = send(request("GET", "/api/newsroom/articles")
                .header("Authorization", "Bearer " + token));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Seen-Authorization")).hasValue("Bearer " + token);
    }

    @ParameterizedTest(name = "{0} -> 401")
    @MethodSource("rejectedTokens")
    void refusesABadTokenWithoutAskingTheService(String kind, Supplier<String> token) throws Exception {
        HttpResponse<String> response = send(request("POST", "/api/newsroom/articles")
                .header("Authorization", "Bearer " + token.get()));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("X-Backend")).isEmpty();
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void refusesANewsroomRequestWithoutAToken() throws Exception {
        HttpResponse<String> response = send("GET", "/api/newsroom/articles");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("X-Backend")).isEmpty();
    }

    @Test
    void forbidsAReaderTokenOnNewsroomRoutes() throws Exception {
        HttpResponse<String> response = send(request("GET", "/api/newsroom/articles")
                .header("Authorization", "Bearer " + TOKENS.reader()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("X-Backend")).isEmpty();
        assertThat(response.body()).contains("\"status\":403");
    }

    @Test
    void letsOnlyAnAdminImport() throws Exception {
        HttpResponse<String> editor = send(request("POST", "/api/newsroom/articles/import")
                .header("Authorization", "Bearer " + TOKENS.editor()));
        HttpResponse<String> admin = send(request("POST", "/api/newsroom/articles/import")
                .header("Authorization", "Bearer " + TOKENS.admin()));

        assertThat(editor.statusCode()).isEqualTo(403);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.headers().firstValue("X-Backend")).hasValue("article-service");
    }

    @Test
    void leavesPublicRoutesOpenEvenWithABadToken() throws Exception {
        HttpResponse<String> response = send(request("GET", "/api/articles/42")
                .header("Authorization", "Bearer not-a-jwt"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Backend")).hasValue("feed-service");
    }

    @Test
    void answersAConfiguredOriginWithCorsHeaders() throws Exception {
        HttpResponse<String> response = send(request("GET", "/api/sections")
                .header("Origin", "https://app.localnews.example"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.localnews.example");
    }

    @Test
    void refusesAnUnconfiguredOriginWithoutForwarding() throws Exception {
        HttpResponse<String> response = send(request("POST", "/api/subscriptions")
                .header("Origin", "https://evil.example"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("X-Backend")).isEmpty();
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void answersAPreflightFromAConfiguredOrigin() throws Exception {
        HttpResponse<String> response = send(request("OPTIONS", "/api/newsroom/articles")
                .header("Origin", "https://app.localnews.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("POST"));
        assertThat(response.headers().firstValue("X-Backend")).isEmpty();
    }
}
