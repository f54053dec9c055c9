package th.localnews.auth.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the API audience and the newsroom roles into every access token. article-service and the gateway read
 * the {@code roles} claim (editors) or {@code scope} (API clients); both carry {@code editor} / {@code admin}.
 */
final class TokenClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLES_CLAIM = "roles";
    static final Set<String> NEWSROOM_ROLES = Set.of("editor", "admin");
    private static final String ROLE_PREFIX = "ROLE_";

    private final String audience;

    TokenClaimsCustomizer(String audience) {
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        // plain ArrayLists: the stored authorization is read back through Jackson's allow-list of types, which
        // refuses the JDK's immutable List.of / toList() classes
        context.getClaims().audience(new ArrayList<>(List.of(audience)));
        context.getClaims().claim(ROLES_CLAIM, roles(context));
    }

    private static List<String> roles(JwtEncodingContext context) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            // no scope asked for: the client acts with every role it is registered for
            Set<String> scopes = context.getAuthorizedScopes().isEmpty()
                    ? context.getRegisteredClient().getScopes()
                    : context.getAuthorizedScopes();
            return scopes.stream().filter(NEWSROOM_ROLES::contains).sorted()
                    .collect(Collectors.toCollection(ArrayList::new));
        }
        return userRoles(context.getPrincipal().getAuthorities());
    }

    private static List<String> userRoles(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .filter(NEWSROOM_ROLES::contains)
                .sorted()
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
