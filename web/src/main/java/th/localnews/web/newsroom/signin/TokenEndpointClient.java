package th.localnews.web.newsroom.signin;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import th.localnews.web.WebProperties;
import th.localnews.web.newsroom.NewsroomProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Trades the issuer's one-time code and the PKCE verifier for the editor's access token (RFC 6749 §4.1.3). */
@Component
class TokenEndpointClient {

    private static final Logger log = LoggerFactory.getLogger(TokenEndpointClient.class);
    /** The issuer's tokens live minutes; without expires_in, assume the shortest we have seen rather than forever. */
    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

    private final RestClient rest;
    private final NewsroomProperties newsroom;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    TokenEndpointClient(WebProperties web, NewsroomProperties newsroom, Clock clock) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(web.connectTimeout()).build());
        factory.setReadTimeout(web.readTimeout());
        this.rest = RestClient.builder().requestFactory(factory).build();
        this.newsroom = newsroom;
        this.clock = clock;
    }

    EditorSignIn exchange(String code, PendingSignIn pending) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("redirect_uri", pending.redirectUri());
        form.add("client_id", newsroom.clientId());
        form.add("code_verifier", pending.verifier());
        String body;
        try {
            body = rest.post().uri(newsroom.tokenUrl()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON).body(form).retrieve().body(String.class);
        } catch (RestClientException e) {
            log.warn("token endpoint refused the sign-in: {}", e.getMessage());
            throw new SignInFailedException("token endpoint: " + e.getClass().getSimpleName());
        }
        JsonNode tokens = json.readTree(body);
        String accessToken = tokens.path("access_token").asString("");
        if (accessToken.isEmpty()) {
            throw new SignInFailedException("token endpoint answered without an access token");
        }
        long seconds = tokens.path("expires_in").asLong(DEFAULT_LIFETIME.toSeconds());
        return new EditorSignIn(accessToken, clock.instant().plusSeconds(seconds), subject(accessToken));
    }

    /** The name shown in the header. Read, not verified: the API verifies the token on every call. */
    static String subject(String accessToken) {
        String[] parts = accessToken.split("\\.");
        if (parts.length == 3) {
            try {
                String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
                String sub = JsonMapper.builder().build().readTree(payload).path("sub").asString("");
                if (!sub.isBlank()) {
                    return sub;
                }
            } catch (RuntimeException e) {
                log.debug("access token is not a readable JWT; showing a generic name");
            }
        }
        return "บรรณาธิการ";
    }
}
