package th.localnews.systemtests;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import th.localnews.localstack.SuiteControl;

/** The local stack's API client at the public door: a client-credentials token, then the newsroom API. */
final class Newsroom {

    /** A token lives 5 minutes or more; a fresh one is fetched well before that. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(3);

    private final SuiteControl suite;
    private String token;
    private Instant tokenAt = Instant.EPOCH;

    Newsroom(SuiteControl suite) {
        this.suite = suite;
    }

    /** A Thai story with the given tag, so a scenario's stories are its own. */
    static Map<String, Object> story(String title, String tag, boolean breaking) {
        return Map.of("title", title,
                "summary", "สรุปข่าว " + title,
                "body", "<p>" + title + " เทศบาลนครขอนแก่นแถลงความคืบหน้าต่อสภาเทศบาล</p>",
                "section", "local-government",
                "tags", List.of(tag),
                "provinces", List.of("TH-40"),
                "localGovernmentUnits", List.of("ทน.ขอนแก่น"),
                "authors", List.of("กองบรรณาธิการ"),
                "breaking", breaking);
    }

    Http.Answer create(Map<String, Object> story) {
        return send("POST", "", story, null);
    }

    Http.Answer replace(long id, long version, Map<String, Object> story) {
        return send("PUT", "/" + id, story, version);
    }

    Http.Answer publish(long id) {
        return send("POST", "/" + id + "/publish", null, null);
    }

    Http.Answer retract(long id) {
        return send("POST", "/" + id + "/retract", null, null);
    }

    /** Creates and publishes a story; returns its id. */
    long publishNew(Map<String, Object> story) {
        Http.Answer created = expect(create(story), 201);
        long id = created.json().get("id").asLong();
        expect(publish(id), 200);
        return id;
    }

    static Http.Answer expect(Http.Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException("expected %d, got %d: %s".formatted(status, answer.status(),
                    answer.body().length() > 500 ? answer.body().substring(0, 500) : answer.body()));
        }
        return answer;
    }

    Http.Answer send(String method, String path, Object body, Long ifMatch) {
        Http.Answer answer = sendOnce(method, path, body, ifMatch);
        if (answer.status() == 401) {
            // the issuer was restarted (a fault test) and signs with a new key: a fresh token, once
            forgetToken();
            answer = sendOnce(method, path, body, ifMatch);
        }
        return answer;
    }

    synchronized void forgetToken() {
        token = null;
    }

    private Http.Answer sendOnce(String method, String path, Object body, Long ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(suite.publicUrl() + "/api/newsroom/articles" + path))
                .header("Authorization", "Bearer " + token())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Http.write(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        return Http.send(request);
    }

    synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenAt.plus(TOKEN_REUSE))) {
            return token;
        }
        String basic = Base64.getEncoder().encodeToString((suite.newsroomClientId() + ":"
                + suite.newsroomClientSecret()).getBytes(StandardCharsets.UTF_8));
        Http.Answer answer = expect(Http.send(HttpRequest.newBuilder(URI.create(suite.publicUrl() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))), 200);
        token = answer.json().get("access_token").asString();
        tokenAt = Instant.now();
        return token;
    }
}
