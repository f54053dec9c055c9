package th.localnews.article.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the newsroom API on the test server's port. */
public final class NewsroomApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public NewsroomApi(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, Map<String, List<String>> headers, String rawBody) {

        public JsonNode json() {
            return JSON.readTree(rawBody);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public long id() {
            return json().get("id").asLong();
        }
    }

    /** A valid story; tests change what they need. */
    public static Map<String, Object> story(String title) {
        Map<String, Object> story = new LinkedHashMap<>();
        story.put("title", title);
        story.put("summary", "เทศบาลนครขอนแก่นเตรียมรับมือน้ำท่วม");
        story.put("body", "<p>เทศบาลนครขอนแก่นประกาศเตรียมพร้อมรับมือน้ำท่วม</p>");
        story.put("section", "local-government");
        story.put("tags", List.of("น้ำท่วม", " น้ำท่วม ", "ขอนแก่น"));
        story.put("provinces", List.of("TH-40"));
        story.put("localGovernmentUnits", List.of("ทน.ขอนแก่น"));
        story.put("authors", List.of("กองบรรณาธิการ"));
        story.put("coverImage", Map.of("url", "https://img.example/kk.jpg", "alt", "ถนนในเมืองขอนแก่น"));
        story.put("breaking", false);
        return story;
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public Response create(Object story) {
        return send("POST", "/api/newsroom/articles", TestTokens.editor(), json(story), "application/json", null);
    }

    public Response publish(long id) {
        return send("POST", "/api/newsroom/articles/" + id + "/publish", TestTokens.editor(), null, null, null);
    }

    public Response get(long id) {
        return send("GET", "/api/newsroom/articles/" + id, TestTokens.editor(), null, null, null);
    }

    public Response send(String method, String path, String token, String body, String contentType, String ifMatch) {
        return send(method, path, token, body, contentType, ifMatch, Map.of());
    }

    /** @param extraHeaders sent as given, e.g. a {@code traceparent} */
    public Response send(String method, String path, String token, String body, String contentType, String ifMatch,
            Map<String, String> extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        extraHeaders.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
