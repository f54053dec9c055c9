package th.localnews.web.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * A real OIDC authorize and token endpoint on loopback, strict where auth-server is: the public client
 * {@code localnews-web}, a registered {@code /newsroom/callback}, S256 only, one use per code, and the token only
 * for the {@code code_verifier} whose hash was the challenge. The authorize page is a plain sign-in form.
 */
public final class FakeIssuer implements AutoCloseable {

    public static final String CLIENT_ID = "localnews-web";
    public static final String EDITOR = "somchai";
    public static final String PASSWORD = "correct-horse-battery";
    private static final Pattern CALLBACK = Pattern.compile("http://localhost:\\d+/newsroom/callback");

    private record Grant(String challenge, String redirectUri, String subject) {
    }

    private final HttpServer server;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final Set<String> rejectedVerifiers = ConcurrentHashMap.newKeySet();

    public FakeIssuer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oauth2/authorize", this::authorize);
        server.createContext("/oauth2/token", this::token);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public boolean accepts(String accessToken) {
        return tokens.contains(accessToken);
    }

    /** Verifiers the token endpoint turned away: a test can show none were. */
    public Set<String> rejectedVerifiers() {
        return rejectedVerifiers;
    }

    /** Every token issued so far stops working, as when the issuer's short-lived tokens expire. */
    public void expireAllTokens() {
        tokens.clear();
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> params = "POST".equals(ex.getRequestMethod()) ? form(ex) : query(ex);
        String redirect = params.getOrDefault("redirect_uri", "");
        if (!CLIENT_ID.equals(params.get("client_id")) || !CALLBACK.matcher(redirect).matches()
                || !"code".equals(params.get("response_type")) || !"S256".equals(params.get("code_challenge_method"))
                || params.getOrDefault("code_challenge", "").length() != 43 || !params.containsKey("state")) {
            html(ex, 400, "<h1>invalid_request</h1>");
            return;
        }
        if ("GET".equals(ex.getRequestMethod()) || !PASSWORD.equals(params.get("password"))) {
            StringBuilder hidden = new StringBuilder();
            for (String name : new String[] { "response_type", "client_id", "redirect_uri", "scope", "state",
                    "code_challenge", "code_challenge_method" }) {
                hidden.append("<input type=hidden name=").append(name).append(" value=\"")
                        .append(params.getOrDefault(name, "").replace("\"", "&quot;")).append("\">");
            }
            html(ex, 200, "<!DOCTYPE html><html lang=th><meta charset=utf-8><title>เข้าสู่ระบบ</title>"
                    + "<form method=post action=/oauth2/authorize>" + hidden
                    + "<label>ชื่อผู้ใช้ <input id=username name=username></label>"
                    + "<label>รหัสผ่าน <input id=password name=password type=password></label>"
                    + "<button id=sign-in type=submit>เข้าสู่ระบบ</button></form></html>");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(params.get("code_challenge"), redirect, params.get("username")));
        ex.getResponseHeaders().set("Location", redirect + "?code=" + code + "&state="
                + URLEncoder.encode(params.get("state"), StandardCharsets.UTF_8));
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private void token(HttpExchange ex) throws IOException {
        Map<String, String> params = form(ex);
        Grant grant = codes.remove(params.getOrDefault("code", ""));
        String verifier = params.getOrDefault("code_verifier", "");
        if (grant == null || !"authorization_code".equals(params.get("grant_type"))
                || !CLIENT_ID.equals(params.get("client_id")) || !grant.redirectUri().equals(params.get("redirect_uri"))
                || !grant.challenge().equals(s256(verifier))) {
            rejectedVerifiers.add(verifier);
            send(ex, 400, Map.of("error", "invalid_grant"));
            return;
        }
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String token = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(json.writeValueAsBytes(Map.of("sub", grant.subject(), "roles", new String[] { "editor" })))
                + "." + b64.encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        tokens.add(token);
        send(ex, 200, Map.of("access_token", token, "token_type", "Bearer", "expires_in", 600, "scope", "openid profile"));
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> form(HttpExchange ex) throws IOException {
        return decode(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    static Map<String, String> query(HttpExchange ex) {
        String raw = ex.getRequestURI().getRawQuery();
        return decode(raw == null ? "" : raw);
    }

    private static Map<String, String> decode(String raw) {
        Map<String, String> params = new HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void html(HttpExchange ex, int status, String page) throws IOException {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void send(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
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
