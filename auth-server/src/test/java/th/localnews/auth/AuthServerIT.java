package th.localnews.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.TestPropertySource;

import th.localnews.testkit.PostgresTestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The issuer over real HTTP on a real PostgreSQL 17: discovery, client credentials, PKCE sign-in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PostgresTestInfrastructure.class)
@TestPropertySource(properties = {
        "logging.level.io.zonky.test=WARN",
        "localnews.auth.issuer=" + AuthServerIT.ISSUER,
        "localnews.auth.bootstrap.newsroom-client-id=newsroom-api",
        "localnews.auth.bootstrap.newsroom-client-secret=" + AuthServerIT.CLIENT_SECRET,
        "localnews.auth.bootstrap.editor-username=somchai",
        "localnews.auth.bootstrap.editor-password=" + AuthServerIT.EDITOR_PASSWORD })
class AuthServerIT {

    static final String ISSUER = "http://localhost:8080";
    static final String CLIENT_SECRET = "s3cret-for-the-newsroom-client";
    static final String EDITOR_PASSWORD = "ขอนแก่น-2567-password";
    private static final String REDIRECT_URI = ISSUER + "/newsroom/callback";

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Value("${local.server.port}")
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ApplicationRunner credentialsBootstrap;

    @Test
    void publishesDiscoveryWithTheConfiguredIssuerAndOneRsaKey() throws Exception {
        JsonNode discovery = getJson("/.well-known/openid-configuration");
        JsonNode keys = getJson("/oauth2/jwks").get("keys");

        assertThat(discovery.get("issuer").asString()).isEqualTo(ISSUER);
        assertThat(discovery.get("token_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(keys.size()).isEqualTo(1);
        assertThat(keys.get(0).get("kty").asString()).isEqualTo("RSA");
        assertThat(keys.get(0).has("d")).isFalse();
    }

    @Test
    void issuesTheNewsroomClientATokenWithAudienceAndBothRoles() throws Exception {
        HttpResponse<String> response = post("/oauth2/token", Map.of("grant_type", "client_credentials"),
                basic("newsroom-api", CLIENT_SECRET));

        assertThat(response.statusCode()).isEqualTo(200);
        Jwt token = decode(json.readTree(response.body()).get("access_token").asString());
        assertThat(token.getIssuer()).hasToString(ISSUER);
        assertThat(token.getAudience()).containsExactly("localnews-api");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("admin", "editor");
        assertThat(token.getSubject()).isEqualTo("newsroom-api");
    }

    @Test
    void refusesAWrongClientSecret() throws Exception {
        HttpResponse<String> response = post("/oauth2/token", Map.of("grant_type", "client_credentials"),
                basic("newsroom-api", "guess"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void signsAnEditorInWithAuthorizationCodeAndPkce() throws Exception {
        String verifier = "verifier-" + "x".repeat(50);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", "localnews-web",
                "redirect_uri", REDIRECT_URI, "scope", "openid", "state", "s1", "code_challenge", challenge,
                "code_challenge_method", "S256"));

        HttpResponse<String> toLogin = get(authorize);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        String csrf = csrfToken(get("/login").body());
        HttpResponse<String> signedIn = post("/login",
                Map.of("username", "somchai", "password", EDITOR_PASSWORD, "_csrf", csrf), null);
        HttpResponse<String> withCode = get(pathOf(location(signedIn)));
        String redirect = location(withCode);
        assertThat(redirect).startsWith(REDIRECT_URI + "?code=").contains("state=s1");

        String code = URI.create(redirect).getQuery().replaceAll(".*code=([^&]+).*", "$1");
        HttpResponse<String> tokens = post("/oauth2/token", Map.of("grant_type", "authorization_code",
                "code", URLDecoder.decode(code, StandardCharsets.UTF_8), "redirect_uri", REDIRECT_URI, "client_id", "localnews-web",
                "code_verifier", verifier), null);
        assertThat(tokens.statusCode()).isEqualTo(200);
        Jwt token = decode(json.readTree(tokens.body()).get("access_token").asString());
        assertThat(token.getSubject()).isEqualTo("somchai");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("editor");
        assertThat(token.getAudience()).containsExactly("localnews-api");
        HttpResponse<String> userInfo = client.send(HttpRequest.newBuilder(URI.create(url("/userinfo")))
                .header("Authorization", "Bearer " + token.getTokenValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(userInfo.statusCode()).as(userInfo.body() + userInfo.headers().map()).isEqualTo(200);
        assertThat(json.readTree(userInfo.body()).get("sub").asString()).isEqualTo("somchai");
    }

    @Test
    void refusesAuthorizationWithoutPkce() throws Exception {
        HttpResponse<String> response = get("/oauth2/authorize?" + form(Map.of("response_type", "code",
                "client_id", "localnews-web", "redirect_uri", REDIRECT_URI, "scope", "openid")));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).startsWith(REDIRECT_URI).contains("error=invalid_request");
    }

    @Test
    void storesTheEditorPasswordAsBcryptAndBootstrapsIdempotently() throws Exception {
        credentialsBootstrap.run(new DefaultApplicationArguments());
        credentialsBootstrap.run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForObject("select password from users where username = 'somchai'", String.class))
                .startsWith("{bcrypt}$2");
        assertThat(jdbc.queryForObject("select count(*) from users", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select authority from authorities", String.class)).containsExactly("ROLE_editor");
        assertThat(jdbc.queryForObject("select count(*) from oauth2_registered_client", Integer.class)).isEqualTo(2);
        assertThat(post("/oauth2/token", Map.of("grant_type", "client_credentials"),
                basic("newsroom-api", CLIENT_SECRET)).statusCode()).isEqualTo(200);
    }

    @Test
    void answersHealthWithoutSignIn() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    private Jwt decode(String token) {
        return NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build().decode(token);
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String pathOf(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String csrfToken(String loginPage) {
        Matcher matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(matcher.find()).as("login page carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
