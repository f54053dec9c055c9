package th.localnews.web.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An editor's browser over plain HTTP: keeps cookies, follows no redirect by itself, signs in through
 * {@link FakeIssuer} the way the newsroom pages send it there.
 */
public final class EditorClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String site;

    public EditorClient(String site) {
        this.site = site;
    }

    /** Sign-in page, issuer, callback: ends on the page the site sends a freshly signed-in editor to. */
    public HttpResponse<String> signIn() throws IOException, InterruptedException {
        HttpResponse<String> toIssuer = get("/newsroom/login");
        URI authorize = URI.create(location(toIssuer));
        String query = authorize.getRawQuery() + "&username=" + FakeIssuer.EDITOR + "&password=" + FakeIssuer.PASSWORD;
        HttpResponse<String> toCallback = http.send(HttpRequest.newBuilder(authorize.resolve("/oauth2/authorize"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        URI callback = URI.create(location(toCallback));
        return get(callback.getRawPath() + "?" + callback.getRawQuery());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(site + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(site + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** This session's form token, read off any newsroom page. */
    public String csrf() throws IOException, InterruptedException {
        Matcher m = CSRF.matcher(get("/newsroom/articles").body());
        if (!m.find()) {
            throw new IllegalStateException("no _csrf field on the newsroom list");
        }
        return m.group(1);
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("no Location on a " + response.statusCode()));
    }
}
