package th.localnews.article.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;

class NewsroomSecurityTest {

    @Test
    void withNoIssuerConfiguredEveryTokenIsRefused() {
        var decoder = new SecurityConfiguration().newsroomJwtDecoder(new NewsroomJwtProperties("", null, "localnews-api"));
        assertThatThrownBy(() -> decoder.decode("any.token.here")).isInstanceOf(BadJwtException.class);
    }

    @Test
    void acceptsOnlyTokensFromTheIssuerForThisApi() {
        var validator = SecurityConfiguration.tokenValidator(
                new NewsroomJwtProperties("https://issuer.test", null, "localnews-api"));

        assertThat(validator.validate(token("https://issuer.test", List.of("localnews-api"))).hasErrors()).isFalse();
        assertThat(validator.validate(token("https://issuer.test", List.of("another-api"))).hasErrors()).isTrue();
        assertThat(validator.validate(token("https://issuer.test", null)).hasErrors()).isTrue();
        assertThat(validator.validate(token("https://evil.test", List.of("localnews-api"))).hasErrors()).isTrue();
    }

    @Test
    void rolesComeFromTheRolesClaimOrTheScopeAndAdminIncludesEditor() {
        assertThat(authorities(Map.of("roles", List.of("editor")))).containsExactly("ROLE_editor");
        assertThat(authorities(Map.of("scope", "openid admin"))).containsExactlyInAnyOrder("ROLE_admin", "ROLE_editor");
        assertThat(authorities(Map.of("roles", List.of("reader")))).isEmpty();
    }

    private static Jwt token(String issuer, List<String> audience) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("someone").claim("iss", issuer)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        if (audience != null) {
            jwt.audience(audience);
        }
        return jwt.build();
    }

    private static List<String> authorities(Map<String, Object> claims) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("someone").claims(c -> c.putAll(claims))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        return new NewsroomRoles().convert(jwt).stream().map(GrantedAuthority::getAuthority).toList();
    }
}
