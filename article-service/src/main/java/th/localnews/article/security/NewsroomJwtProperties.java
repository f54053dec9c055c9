package th.localnews.article.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may sign newsroom tokens. Both empty (the local stack before it has an issuer): the service still starts,
 * and every newsroom request is refused with 401.
 *
 * @param issuer    expected {@code iss}; alone, its OpenID configuration names the key set (fetched on first use)
 * @param jwkSetUri the issuer's public keys, when they should not be discovered
 * @param audience  the {@code aud} a token must carry: a token minted for another API is refused here too,
 *                  not only at the gateway
 */
@ConfigurationProperties("newsroom.jwt")
record NewsroomJwtProperties(String issuer, String jwkSetUri, @DefaultValue("localnews-api") String audience) {

    boolean hasIssuer() {
        return issuer != null && !issuer.isBlank();
    }

    boolean hasJwkSetUri() {
        return jwkSetUri != null && !jwkSetUri.isBlank();
    }
}
