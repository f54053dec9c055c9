package th.localnews.article.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Newsroom roles from a token: a {@code roles} claim (editors signing in) or the {@code scope}/{@code scp}
 * claim (API clients with client credentials), each value {@code editor} or {@code admin} becoming
 * {@code ROLE_editor} / {@code ROLE_admin}. An admin may do everything an editor may.
 */
final class NewsroomRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    static final String EDITOR = "editor";
    static final String ADMIN = "admin";

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<String> values = new ArrayList<>(claimValues(jwt, "roles"));
        values.addAll(claimValues(jwt, "scope"));
        values.addAll(claimValues(jwt, "scp"));
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (values.contains(ADMIN)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + ADMIN));
            authorities.add(new SimpleGrantedAuthority("ROLE_" + EDITOR));
        } else if (values.contains(EDITOR)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + EDITOR));
        }
        return authorities;
    }

    private static List<String> claimValues(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        if (value instanceof String text) {
            return List.of(text.trim().split("\\s+"));
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
