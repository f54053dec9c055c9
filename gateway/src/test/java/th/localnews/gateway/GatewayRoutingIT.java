package th.localnews.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Drives the gateway over real HTTP to real loopback backends, one per service. */
class GatewayRoutingIT extends GatewayITSupport {

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
        var request = request(method, pathAndQuery);
        if (pathAndQuery.startsWith("/api/newsroom/")) {
            request.header("Authorization", "Bearer " + TOKENS.editor());
        }

        HttpResponse<String> response = send(request);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Backend")).hasValue(backend);
        assertThat(response.body()).isEqualTo(method + " " + pathAndQuery);
    }

    @Test
    void tellsAuthServerThePublicHostAndSchemeAndNothingTheCallerMadeUp() throws Exception {
        HttpResponse<String> response = send(request("GET", "/login")
                .header("X-Forwarded-Host", "evil.example").header("Forwarded", "host=evil.example"));

        assertThat(response.headers().firstValue("X-Seen-Host")).hasValue("127.0.0.1:" + gatewayPort);
        assertThat(response.headers().firstValue("X-Seen-Forwarded-Proto")).hasValue("http");
        assertThat(response.headers().firstValue("X-Seen-Forwarded-Host")).hasValue("127.0.0.1:" + gatewayPort);
    }

    @Test
    void tellsAuthServerTheCallerCameOverTlsBehindATerminatingProxy() throws Exception {
        HttpResponse<String> response = send(request("GET", "/.well-known/openid-configuration")
                .header("X-Forwarded-Proto", "https"));

        assertThat(response.headers().firstValue("X-Seen-Forwarded-Proto")).hasValue("https");
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
}
