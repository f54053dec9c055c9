package th.localnews.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The site on a random port reading one shared fake API, so every IT class reuses the same context. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningSite {

    protected static final FakePublicApi API = start();

    @LocalServerPort
    protected int port;

    private static FakePublicApi start() {
        try {
            return new FakePublicApi(Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void api(DynamicPropertyRegistry registry) {
        registry.add("localnews.web.api-url", API::url);
        registry.add("localnews.web.public-url", FakePublicApi::publicUrl);
        registry.add("localnews.web.browser-api-url", API::url);
    }

    protected String site(String path) {
        return "http://localhost:" + port + path;
    }
}
