package th.localnews.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo stories written for this project into an empty newsroom, through the public door as any API
 * client would: a client-credentials token from auth-server, then one import per story. Imports keep their
 * original dates and never alert subscribers, so a fresh stack looks lived-in without spamming anyone.
 */
final class DemoContent {

    static final String RESOURCE = "/demo/articles.json";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String tokenUrl;
    private final String newsroomUrl;
    private final DevCredentials credentials;

    DemoContent(String tokenUrl, String newsroomUrl, DevCredentials credentials) {
        this.tokenUrl = tokenUrl;
        this.newsroomUrl = newsroomUrl;
        this.credentials = credentials;
    }

    static DemoContent forStack(StackSettings settings, DevCredentials credentials) {
        return new DemoContent(ServiceLaunch.url(settings, ServiceDefinition.byName(ServiceDefinition.AUTH_SERVER))
                + "/oauth2/token", ServiceLaunch.publicUrl(settings) + "/api/newsroom/articles", credentials);
    }

    /** @return how many stories were imported: 0 when the newsroom already has stories */
    int loadIfEmpty() throws InterruptedException {
        String token = token();
        if (!isEmpty(token)) {
            return 0;
        }
        List<JsonNode> stories = stories();
        for (JsonNode story : stories) {
            send(HttpRequest.newBuilder(URI.create(newsroomUrl + "/import"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(story))), 201);
        }
        return stories.size();
    }

    static List<JsonNode> stories() {
        try (InputStream in = DemoContent.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the launcher jar");
            }
            List<JsonNode> stories = JSON.readTree(in).valueStream().toList();
            if (stories.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " has no stories");
            }
            return stories;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String token() throws InterruptedException {
        String basic = Base64.getEncoder().encodeToString((credentials.newsroomClientId() + ":"
                + credentials.newsroomClientSecret()).getBytes(StandardCharsets.UTF_8));
        String body = send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")), 200);
        JsonNode token = JSON.readTree(body).get("access_token");
        if (token == null || token.asString().isBlank()) {
            throw new IllegalStateException("auth-server answered without an access_token");
        }
        return token.asString();
    }

    private boolean isEmpty(String token) throws InterruptedException {
        String body = send(HttpRequest.newBuilder(URI.create(newsroomUrl + "?limit=1"))
                .header("Authorization", "Bearer " + token).GET(), 200);
        JsonNode list = JSON.readTree(body);
        JsonNode items = list.isArray() ? list : list.path("items");
        return items.isEmpty();
    }

    private String send(HttpRequest.Builder request, int expectedStatus) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException("%s %s answered %d: %s".formatted(response.request().method(),
                        response.uri().getPath(), response.statusCode(), abbreviated(response.body())));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + request.build().uri() + ": " + e.getMessage(), e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
