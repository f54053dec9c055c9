package th.localnews.web.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import th.localnews.web.support.StoryFixtures.Story;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server on loopback that answers the public API's reader endpoints with the JSON shapes of
 * feed-service, so the site is tested over the wire it uses in production.
 */
public final class FakePublicApi implements AutoCloseable {

    private static final String PUBLIC = "https://news.example.th";

    private final HttpServer server;
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Story> fixtures;
    /** What the fake newsroom published while the tests ran, newest first. */
    private final List<Story> published = new CopyOnWriteArrayList<>();

    public FakePublicApi(Instant now) throws IOException {
        this.fixtures = StoryFixtures.all(now);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/sections", ex -> send(ex, 200, List.of(
                Map.of("slug", "disaster", "nameTh", "ภัยพิบัติ", "nameEn", "Disasters"),
                Map.of("slug", "education", "nameTh", "การศึกษา", "nameEn", "Education"),
                Map.of("slug", "infrastructure", "nameTh", "โครงสร้างพื้นฐาน", "nameEn", "Infrastructure"),
                Map.of("slug", "culture", "nameTh", "ศิลปวัฒนธรรม", "nameEn", "Arts and culture"),
                Map.of("slug", "agriculture", "nameTh", "เกษตร", "nameEn", "Agriculture"),
                Map.of("slug", "environment", "nameTh", "สิ่งแวดล้อม", "nameEn", "Environment"))));
        server.createContext("/api/provinces", ex -> send(ex, 200, List.of(
                Map.of("code", "TH-10", "nameTh", "กรุงเทพมหานคร", "nameEn", "Bangkok"),
                Map.of("code", "TH-40", "nameTh", "ขอนแก่น", "nameEn", "Khon Kaen"),
                Map.of("code", "TH-47", "nameTh", "สกลนคร", "nameEn", "Sakon Nakhon"),
                Map.of("code", "TH-50", "nameTh", "เชียงใหม่", "nameEn", "Chiang Mai"))));
        server.createContext("/api/articles", this::articles);
        server.createContext("/api/search", this::search);
        server.createContext("/api/alerts/stream", this::alerts);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public static String publicUrl() {
        return PUBLIC;
    }

    public List<Story> stories() {
        List<Story> all = new ArrayList<>(published);
        all.addAll(fixtures);
        return all;
    }

    /** feed-service's view after an article-events record: the story replaces its older version, newest first. */
    public void published(Story story) {
        retracted(story.id());
        published.add(0, story);
    }

    public void retracted(long id) {
        published.removeIf(s -> s.id() == id);
    }

    private void articles(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        Map<String, String> query = query(ex);
        if (path.equals("/api/articles")) {
            List<Map<String, Object>> items = stories().stream()
                    .filter(s -> !query.containsKey("section") || s.section().equals(query.get("section")))
                    .filter(s -> !query.containsKey("province") || s.provinces().contains(query.get("province")))
                    .map(this::summary).toList();
            send(ex, 200, Map.of("items", items));
            return;
        }
        String idOrSlug = path.substring("/api/articles/".length());
        Optional<Story> story = stories().stream().filter(s -> Long.toString(s.id()).equals(idOrSlug)).findFirst();
        if (story.isEmpty()) {
            send(ex, 404, Map.of("type", "about:blank", "title", "Not Found", "status", 404));
            return;
        }
        Map<String, Object> article = new LinkedHashMap<>(summary(story.get()));
        article.remove("excerpt");
        article.put("body", story.get().body());
        article.put("authors", List.of("กองบรรณาธิการ"));
        article.put("version", 3);
        // related from the fixtures only: what the newsroom tests publish must not reorder the reader tests' block
        article.put("related", fixtures.stream().filter(s -> s.id() != story.get().id()).limit(4).map(this::summary).toList());
        send(ex, 200, article);
    }

    private void search(HttpExchange ex) throws IOException {
        String q = query(ex).getOrDefault("q", "");
        List<Map<String, Object>> hits = stories().stream().filter(s -> !q.isEmpty() && (s.title() + s.body()).contains(q))
                .map(s -> {
                    Map<String, Object> hit = new HashMap<>();
                    hit.put("id", s.id());
                    hit.put("slug", s.slug());
                    hit.put("url", link(s));
                    hit.put("title", s.title().replace(q, "<mark>" + q + "</mark>"));
                    hit.put("snippet", "…" + s.summary().replace(q, "<mark>" + q + "</mark>") + "…");
                    hit.put("publishedAt", s.publishedAt().toString());
                    return hit;
                }).toList();
        send(ex, 200, Map.of("hits", hits, "totalHits", hits.size()));
    }

    /** One published story per connection, as feed-service's stream names it; the page's origin differs, hence CORS. */
    private void alerts(HttpExchange ex) throws IOException {
        Story story = fixtures.get(0);
        String data = json.writeValueAsString(Map.of("id", 999, "slug", "ข่าวใหม่", "title", "อบต.ตัวอย่าง ประกาศเปิดรับสมัครงาน",
                "section", story.section(), "breaking", false, "publishedAt", Instant.now().toString()));
        byte[] event = ("event: article.published\nid: 999\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/event-stream;charset=UTF-8");
        ex.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(event);
            out.flush();
        }
    }

    private Map<String, Object> summary(Story s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("slug", s.slug());
        m.put("url", link(s));
        m.put("title", s.title());
        m.put("summary", s.summary());
        String plain = s.body().replaceAll("<[^>]*>", "");
        m.put("excerpt", plain.substring(0, Math.min(80, plain.length())) + "…");
        m.put("section", s.section());
        m.put("tags", List.of("ท้องถิ่น"));
        m.put("provinces", s.provinces());
        m.put("localGovernmentUnits", s.units());
        m.put("coverImage", null);
        m.put("breaking", s.breaking());
        m.put("publishedAt", s.publishedAt().toString());
        m.put("updatedAt", s.publishedAt().toString());
        return m;
    }

    private static String link(Story s) {
        return PUBLIC + "/articles/" + s.id() + "/" + s.slug();
    }

    private static Map<String, String> query(HttpExchange ex) {
        Map<String, String> params = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private void send(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
