package th.localnews.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An editor, as a browser would (cookies, redirects, forms; no JavaScript needed), through the real gateway:
 * signs in at the real auth-server with authorization code + PKCE, writes a story on web's newsroom form,
 * publishes it, and a reader then finds it on the home page. web's own browser tests cover the same pages in
 * Chromium against fakes; this is the same path against the real issuer, gateway and newsroom.
 */
@ExtendWith(Suite.class)
class EditorSignInIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Pattern STORY_PATH = Pattern.compile("/newsroom/articles/(\\d+)");

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anEditorSignsInWithPkceWritesAndPublishesAndReadersSeeTheStory(Suite.Running suite) throws Exception {
        String site = suite.control.publicUrl();
        String title = "ทต.บ้านทุ่ม เปิดศูนย์เด็กเล็กแห่งใหม่ " + UUID.randomUUID().toString().substring(0, 6);

        HttpResponse<String> login = follow(site, get(site + "/newsroom/articles"));
        assertThat(login.uri().getPath()).as("sent to the issuer's sign-in page").isEqualTo("/login");
        HttpResponse<String> list = follow(site, post(login.uri().toString(), Map.of(
                "username", suite.control.editorUsername(), "password", suite.control.editorPassword(),
                "_csrf", csrf(login.body()))));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.uri().getPath()).as("back in the newsroom, signed in").isEqualTo("/newsroom/articles");

        HttpResponse<String> form = follow(site, get(site + "/newsroom/articles/new"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf(form.body()));
        fields.put("title", title);
        fields.put("summary", "เทศบาลตำบลบ้านทุ่มเปิดศูนย์พัฒนาเด็กเล็กรับเด็ก 60 คน");
        fields.put("body", "<p>ศูนย์ใหม่เปิดรับสมัครตั้งแต่วันนี้</p>");
        fields.put("section", "local-government");
        fields.put("provinces", "TH-40");
        fields.put("localGovernmentUnits", "ทต.บ้านทุ่ม");
        fields.put("tags", "การศึกษา");
        fields.put("authors", "กองบรรณาธิการ");
        HttpResponse<String> saved = follow(site, post(site + "/newsroom/articles", fields));
        Matcher story = STORY_PATH.matcher(saved.uri().getPath());
        assertThat(story.find()).as("the draft's page after saving: %s", saved.uri()).isTrue();
        long id = Long.parseLong(story.group(1));

        HttpResponse<String> published = follow(site, post(site + "/newsroom/articles/" + id + "/publish",
                Map.of("_csrf", csrf(saved.body()))));
        assertThat(published.statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Http.get(site + "/").body()).as("the reader home page").contains(title));
    }

    /** Follows redirects as a browser does, keeping cookies; returns the last answer. */
    private HttpResponse<String> follow(String site, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            assertThat(next.toString()).as("redirects stay at the public door").startsWith(site);
            response = browser.send(get(next.toString()), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        assertThat(response.statusCode()).as("%s answered %s", response.uri(), response.body())
                .isLessThan(400);
        return response;
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Http.TIMEOUT).GET().build();
    }

    private static HttpRequest post(String url, Map<String, String> form) {
        String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url)).timeout(Http.TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a _csrf field in the page").isTrue();
        return token.group(1) != null ? token.group(1) : token.group(2);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
