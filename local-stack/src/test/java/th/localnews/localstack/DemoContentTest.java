package th.localnews.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DemoContentTest {

    private static final DevCredentials CREDENTIALS =
            new DevCredentials("localnews-newsroom", "s3cret", "editor", "pw");

    private final List<String> imported = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile String listBody = "[]";
    private HttpServer server;
    private String base;

    @BeforeEach
    void startFakes() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth2/token", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            answer(exchange, 200, "{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\"}");
        });
        server.createContext("/api/newsroom/articles", exchange -> {
            if (!"Bearer tok-1".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{}");
            } else if (exchange.getRequestURI().getPath().endsWith("/import")) {
                imported.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                answer(exchange, 201, "{}");
            } else {
                answer(exchange, 200, listBody);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopFakes() {
        server.stop(0);
    }

    @Test
    void importsEveryDemoStoryIntoAnEmptyNewsroomWithTheClientsToken() throws Exception {
        int count = demo().loadIfEmpty();

        assertThat(count).isEqualTo(DemoContent.stories().size()).isGreaterThanOrEqualTo(10);
        assertThat(imported).hasSize(count);
        assertThat(imported.get(0)).contains("ทน.ขอนแก่น").contains("\"publishedAt\"");
        assertThat(authorizations).containsExactly("Basic bG9jYWxuZXdzLW5ld3Nyb29tOnMzY3JldA==");
    }

    @Test
    void addsNothingWhenTheNewsroomAlreadyHasStories() throws Exception {
        listBody = "[{\"id\":1}]";

        assertThat(demo().loadIfEmpty()).isZero();
        assertThat(imported).isEmpty();
    }

    @Test
    void saysWhichCallFailedAndWhy() {
        server.removeContext("/oauth2/token");
        server.createContext("/oauth2/token", exchange -> answer(exchange, 401, "{\"error\":\"invalid_client\"}"));

        assertThatThrownBy(() -> demo().loadIfEmpty())
                .hasMessageContaining("/oauth2/token answered 401").hasMessageContaining("invalid_client");
    }

    @Test
    void everyDemoStoryCarriesWhatAnImportNeeds() {
        for (JsonNode story : DemoContent.stories()) {
            assertThat(story.path("title").asString()).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(story.path("body").asString()).startsWith("<p>");
            assertThat(story.path("section").asString()).matches("[a-z-]+");
            assertThat(story.path("publishedAt").asString()).endsWith("+07:00");
            story.path("provinces").valueStream()
                    .forEach(code -> assertThat(code.asString()).matches("TH-(\\d{2}|S)"));
        }
    }

    private DemoContent demo() {
        return new DemoContent(base + "/oauth2/token", base + "/api/newsroom/articles", CREDENTIALS);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
