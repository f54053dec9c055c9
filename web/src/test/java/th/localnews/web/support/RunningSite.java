package th.localnews.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The site on a random port reading one shared fake public API, with a fake issuer and newsroom API, so every IT
 * class reuses the same context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningSite {

    protected static final FakePublicApi API = start();
    protected static final FakeIssuer ISSUER = startIssuer();
    protected static final FakeNewsroomApi NEWSROOM = startNewsroom();

    @LocalServerPort
    protected int port;

    private static FakePublicApi start() {
        try {
            return new FakePublicApi(Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FakeIssuer startIssuer() {
        try {
            return new FakeIssuer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FakeNewsroomApi startNewsroom() {
        try {
            return new FakeNewsroomApi(ISSUER, API);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void api(DynamicPropertyRegistry registry) {
        registry.add("localnews.web.api-url", API::url);
        registry.add("localnews.web.public-url", FakePublicApi::publicUrl);
        registry.add("localnews.web.browser-api-url", API::url);
        registry.add("localnews.web.newsroom.api-url", NEWSROOM::url);
        registry.add("localnews.web.newsroom.authorize-url", () -> ISSUER.url() + "/oauth2/authorize");
        registry.add("localnews.web.newsroom.token-url", () -> ISSUER.url() + "/oauth2/token");
        // the random port is known only once the server runs: the callback is built from the request instead
        registry.add("localnews.web.newsroom.redirect-uri", () -> "");
    }

    protected String site(String path) {
        return "http://localhost:" + port + path;
    }
}
