package th.localnews.web.newsroom;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the newsroom pages sign editors in and where they write.
 *
 * @param apiUrl       where this server calls {@code /api/newsroom/**} with the editor's token (the gateway)
 * @param clientId     the public OAuth2 client registered for these pages (PKCE, no secret)
 * @param authorizeUrl the issuer's authorization endpoint, as the editor's browser reaches it
 * @param tokenUrl     the issuer's token endpoint, as this server reaches it
 * @param redirectUri  the callback registered with the issuer; empty = this server's own origin +
 *                     {@code /newsroom/callback} as the request names it (tests, a site without a gateway)
 * @param scope        scopes asked for; the roles come from the editor's account, not from the scope
 */
@ConfigurationProperties("localnews.web.newsroom")
public record NewsroomProperties(String apiUrl, String clientId, String authorizeUrl, String tokenUrl,
        String redirectUri, String scope) {

    public NewsroomProperties {
        apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
        redirectUri = redirectUri == null ? "" : redirectUri.strip();
        scope = scope == null || scope.isBlank() ? "openid profile" : scope;
    }
}
