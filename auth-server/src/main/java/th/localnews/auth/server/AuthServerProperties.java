package th.localnews.auth.server;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the issuer promises its relying parties.
 *
 * @param issuer         the {@code iss} of every token and the base of the discovery document: the public URL
 *                       through the gateway, because that is where clients and resource servers reach us
 * @param audience       the {@code aud} of every access token, checked by the gateway
 * @param accessTokenTtl how long an access token lives
 * @param webClient      the public (PKCE) client the newsroom pages sign editors in with
 */
@ConfigurationProperties("localnews.auth")
public record AuthServerProperties(String issuer, String audience, Duration accessTokenTtl, WebClient webClient) {

    /**
     * @param clientId     the public client's id
     * @param redirectUris where the authorization code may be sent, all under the public URL
     */
    public record WebClient(String clientId, List<String> redirectUris) {
    }
}
