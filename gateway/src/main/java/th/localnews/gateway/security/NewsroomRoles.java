package th.localnews.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The same reading of a token as article-service's: {@code editor}/{@code admin} in the {@code roles}, {@code scope}
 * or {@code scp} claim; an admin is also an editor.
 */
final class NewsroomRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    static final String EDITOR = "editor";
    static final String ADMIN = "admin";

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<String> values = new ArrayList<>();
        for (String claim : List.of("roles", "scope", "scp")) {
            values.addAll(claimValues(jwt.getClaims().get(claim)));
        }
        if (values.contains(ADMIN)) {
            return List.of(new SimpleGrantedAuthority("ROLE_" + ADMIN), new SimpleGrantedAuthority("ROLE_" + EDITOR));
        }
        return values.contains(EDITOR) ? List.of(new SimpleGrantedAuthority("ROLE_" + EDITOR)) : List.of();
    }

    private static List<String> claimValues(Object value) {
        if (value instanceof String text) {
            return List.of(text.trim().split("\\s+"));
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
