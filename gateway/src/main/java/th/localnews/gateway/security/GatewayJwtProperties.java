package th.localnews.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which tokens the gateway accepts on newsroom routes.
 *
 * @param issuer    the expected {@code iss}: the public URL the auth-server is reached through
 * @param jwkSetUri the issuer's public keys, fetched directly from the auth-server (no round trip through us)
 * @param audience  the expected {@code aud}
 */
@ConfigurationProperties("localnews.gateway.jwt")
record GatewayJwtProperties(String issuer, String jwkSetUri, String audience) {
}
