package th.localnews.web.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import th.localnews.web.support.StoryFixtures.Story;
import tools.jackson.databind.json.JsonMapper;

/**
 * article-service's newsroom API on loopback, with its rules where the pages depend on them: a bearer token from
 * {@link FakeIssuer}, If-Match (428 without, 412 when stale), 409 for an illegal transition, 400 problem+json with
 * field codes, and a published story handed to {@link FakePublicApi} as feed-service would show it.
 */
public final class FakeNewsroomApi implements AutoCloseable {

    private static final Pattern ONE = Pattern.compile("/api/newsroom/articles/(\\d+)(/publish|/retract|/revisions(?:/(\\d+))?)?");

    private final HttpServer server;
    private final JsonMapper json = JsonMapper.builder().build();
    private final FakeIssuer issuer;
    private final FakePublicApi readers;
    private final AtomicLong ids = new AtomicLong(500);
    private final Map<Long, Map<String, Object>> articles = new ConcurrentHashMap<>();
    private final Map<Long, List<Map<String, Object>>> revisions = new ConcurrentHashMap<>();

    public FakeNewsroomApi(FakeIssuer issuer, FakePublicApi readers) throws IOException {
        this.issuer = issuer;
        this.readers = readers;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/newsroom", ex -> {
            try {
                handle(ex);
            } catch (RuntimeException e) {
                send(ex, 500, NewsroomApiRules.problem(500, "about:blank", "fake failed: " + e));
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Another editor saves the story meanwhile: its version moves on. */
    public void someoneElseEdits(long id) {
        Map<String, Object> article = articles.get(id);
        synchronized (article) {
            article.put("title", article.get("title") + " (แก้โดยบรรณาธิการอีกคน)");
            article.put("version", (long) article.get("version") + 1);
        }
    }

    public long newestId() {
        return ids.get();
    }

    public Map<String, Object> article(long id) {
        return articles.get(id);
    }

    private void handle(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !issuer.accepts(auth.substring(7))) {
            send(ex, 401, NewsroomApiRules.problem(401, "about:blank", "a bearer token from the issuer is required"));
            return;
        }
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (path.equals("/api/newsroom/taxonomy")) {
            send(ex, 200, NewsroomApiRules.taxonomy());
        } else if (path.equals("/api/newsroom/articles") && method.equals("GET")) {
            String status = FakeIssuer.query(ex).get("status");
            send(ex, 200, articles.values().stream().filter(a -> status == null || status.equals(a.get("status")))
                    .sorted((a, b) -> Long.compare((long) b.get("id"), (long) a.get("id"))).map(this::line).toList());
        } else if (path.equals("/api/newsroom/articles") && method.equals("POST")) {
            create(ex);
        } else {
            Matcher m = ONE.matcher(path);
            Map<String, Object> article = m.matches() ? articles.get(Long.parseLong(m.group(1))) : null;
            if (article == null) {
                send(ex, 404, NewsroomApiRules.problem(404, "https://localnews.th/problems/not-found", "no such article"));
                return;
            }
            synchronized (article) {
                one(ex, article, m.group(2) == null ? "" : m.group(2), m.group(3));
            }
        }
    }

    private void one(HttpExchange ex, Map<String, Object> article, String action, String revision) throws IOException {
        long id = (long) article.get("id");
        String status = (String) article.get("status");
        switch (ex.getRequestMethod() + " " + (action.startsWith("/revisions") ? "/revisions" : action)) {
            case "GET " -> send(ex, 200, article);
            case "PUT " -> {
                String ifMatch = ex.getRequestHeaders().getFirst("If-Match");
                if (ifMatch == null) {
                    send(ex, 428, NewsroomApiRules.problem(428, "https://localnews.th/problems/if-match-required", "If-Match required"));
                } else if (!ifMatch.equals("\"" + article.get("version") + "\"")) {
                    send(ex, 412, NewsroomApiRules.problem(412, "https://localnews.th/problems/version-conflict", "changed by someone else"));
                } else if (status.equals("retracted")) {
                    illegal(ex, id, status, "edited");
                } else {
                    Map<String, Object> content = valid(ex, body(ex));
                    if (content != null) {
                        article.putAll(content);
                        changed(article, status.equals("published") ? "th.localnews.article.updated" : null);
                        send(ex, 200, article);
                    }
                }
            }
            case "POST /publish" -> publish(ex, article, id, status);
            case "POST /retract" -> {
                if (!status.equals("published")) {
                    illegal(ex, id, status, "retracted");
                    return;
                }
                article.put("status", "retracted");
                changed(article, "th.localnews.article.retracted");
                readers.retracted(id);
                send(ex, 200, article);
            }
            case "GET /revisions" -> {
                List<Map<String, Object>> all = revisions.getOrDefault(id, List.of());
                if (revision == null) {
                    send(ex, 200, all.stream().map(r -> {
                        Map<String, Object> line = new LinkedHashMap<>(r);
                        @SuppressWarnings("unchecked")
                        Map<String, Object> snapshot = (Map<String, Object>) line.remove("article");
                        line.put("title", snapshot.get("title"));
                        line.put("slug", snapshot.get("slug"));
                        return line;
                    }).toList());
                } else {
                    all.stream().filter(r -> r.get("revision").equals(Integer.parseInt(revision))).findFirst()
                            .ifPresentOrElse(r -> sendQuietly(ex, 200, r),
                                    () -> sendQuietly(ex, 404, NewsroomApiRules.problem(404, "about:blank", "no such revision")));
                }
            }
            default -> send(ex, 405, NewsroomApiRules.problem(405, "about:blank", "method not allowed"));
        }
    }

    private void publish(HttpExchange ex, Map<String, Object> article, long id, String status) throws IOException {
        if (!status.equals("draft") && !status.equals("scheduled")) {
            illegal(ex, id, status, "published");
            return;
        }
        byte[] raw = ex.getRequestBody().readAllBytes();
        if (raw.length > 0) {
            Instant at = OffsetDateTime.parse(json.readTree(raw).path("at").asString()).toInstant();
            if (!at.isAfter(Instant.now())) {
                send(ex, 400, NewsroomApiRules.invalid(List.of(Map.of("field", "at", "code", "not-in-future",
                        "message", "เวลาตั้งเผยแพร่ต้องอยู่ในอนาคต (to publish now, send no 'at')"))));
                return;
            }
            article.put("status", "scheduled");
            article.put("scheduledFor", at.toString());
            changed(article, null);
        } else {
            article.put("status", "published");
            article.put("publishedAt", Instant.now().toString());
            article.put("scheduledFor", null);
            changed(article, "th.localnews.article.published");
            readers.published(asReadersSeeIt(article));
        }
        send(ex, 200, article);
    }

    private void create(HttpExchange ex) throws IOException {
        Map<String, Object> request = body(ex);
        Map<String, Object> content = valid(ex, request);
        if (content == null) {
            return;
        }
        long id = ids.incrementAndGet();
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", id);
        article.put("status", "draft");
        article.put("version", 0L);
        article.put("createdBy", FakeIssuer.EDITOR);
        article.put("imported", false);
        article.put("createdAt", Instant.now().toString());
        article.put("publishedAt", null);
        article.put("scheduledFor", null);
        article.putAll(content);
        changed(article, null);
        articles.put(id, article);
        ex.getResponseHeaders().set("Location", "/api/newsroom/articles/" + id);
        Map<String, Object> response = new LinkedHashMap<>(article);
        if (String.valueOf(request.get("body")).contains("<script")) {
            response.put("sanitizer", Map.of("removedElements", List.of("script"), "removedAttributes", List.of()));
        }
        send(ex, 201, response);
    }

    /** {@link NewsroomApiRules#errors}; null once the 400 is sent. */
    private Map<String, Object> valid(HttpExchange ex, Map<String, Object> request) throws IOException {
        List<Map<String, String>> errors = NewsroomApiRules.errors(request);
        if (!errors.isEmpty()) {
            send(ex, 400, NewsroomApiRules.invalid(errors));
            return null;
        }
        Map<String, Object> content = new LinkedHashMap<>(request);
        content.put("slug", ((String) request.get("title")).strip().replaceAll("\\s+", "-"));
        return content;
    }

    private void changed(Map<String, Object> article, String eventType) {
        article.put("version", (long) article.get("version") + 1);
        article.put("updatedAt", Instant.now().toString());
        if (eventType != null) {
            long id = (long) article.get("id");
            List<Map<String, Object>> list = revisions.computeIfAbsent(id, k -> new ArrayList<>());
            Map<String, Object> snapshot = new LinkedHashMap<>(article);
            list.add(Map.of("revision", list.size() + 1, "version", article.get("version"), "eventType", eventType,
                    "recordedAt", Instant.now().toString(), "recordedBy", FakeIssuer.EDITOR, "article", snapshot));
        }
    }

    @SuppressWarnings("unchecked")
    private static Story asReadersSeeIt(Map<String, Object> a) {
        return new Story((long) a.get("id"), (String) a.get("slug"), (String) a.get("title"), (String) a.get("summary"),
                (String) a.get("body"), (String) a.get("section"), (List<String>) a.getOrDefault("provinces", List.of()),
                (List<String>) a.getOrDefault("localGovernmentUnits", List.of()), Boolean.TRUE.equals(a.get("breaking")),
                Instant.parse((String) a.get("publishedAt")));
    }

    private Map<String, Object> line(Map<String, Object> a) {
        Map<String, Object> line = new LinkedHashMap<>();
        for (String key : List.of("id", "slug", "title", "section", "status", "version", "breaking", "updatedAt",
                "publishedAt", "scheduledFor")) {
            line.put(key, a.get(key));
        }
        return line;
    }

    /** article-service's 409 names the status twice (the HTTP one, then its own); the pages must cope. */
    private void illegal(HttpExchange ex, long id, String status, String action) throws IOException {
        String body = "{\"type\":\"https://localnews.th/problems/illegal-transition\",\"title\":\"สถานะข่าวไม่อนุญาต\","
                + "\"status\":409,\"detail\":\"article " + id + " is " + status + " and cannot be " + action + "\","
                + "\"status\":\"" + status + "\"}";
        raw(ex, 409, body.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> body(HttpExchange ex) throws IOException {
        return json.readValue(ex.getRequestBody().readAllBytes(), LinkedHashMap.class);
    }

    private void sendQuietly(HttpExchange ex, int status, Object body) {
        try {
            send(ex, status, body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void send(HttpExchange ex, int status, Object body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", status < 300 ? "application/json" : "application/problem+json");
        raw(ex, status, json.writeValueAsBytes(body));
    }

    private static void raw(HttpExchange ex, int status, byte[] bytes) throws IOException {
        if (!ex.getResponseHeaders().containsKey("Content-Type")) {
            ex.getResponseHeaders().set("Content-Type", "application/problem+json");
        }
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
