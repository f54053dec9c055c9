package th.localnews.article.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may sign newsroom tokens. Both empty (the local stack before it has an issuer): the service still starts,
 * and every newsroom request is refused with 401.
 *
 * @param issuer    expected {@code iss}; alone, its OpenID configuration names the key set (fetched on first use)
 * @param jwkSetUri the issuer's public keys, when they should not be discovered
 */
@ConfigurationProperties("newsroom.jwt")
record NewsroomJwtProperties(String issuer, String jwkSetUri) {

    boolean hasIssuer() {
        return issuer != null && !issuer.isBlank();
    }

    boolean hasJwkSetUri() {
        return jwkSetUri != null && !jwkSetUri.isBlank();
    }
}
