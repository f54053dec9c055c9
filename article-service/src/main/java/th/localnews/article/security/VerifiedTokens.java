package th.localnews.article.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A {@link JwtDecoder} that remembers the tokens it has verified for a while: an editor or API client sends the same
 * token with every request for as long as it lives, and verifying its RS256 signature again, with the key rebuilt
 * from the JWK set each time, was an eighth of what a newsroom request cost this service (docs/benchmarks.md, P3).
 * A remembered token is the same string, so the same signature; its claims are validated again on every use, it is
 * verified afresh after {@link #REMEMBER_FOR} (about as long as the key set itself is cached, so a key taken out of
 * the set stops working at most that much later), and a token that fails is never remembered. At most
 * {@link #MAX_TOKENS} are kept. The gateway has the same for its reactive decoder.
 */
final class VerifiedTokens implements JwtDecoder {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
    static final int MAX_TOKENS = 1024;

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> claims;
    private final Clock clock;
    private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(Jwt jwt, Instant until) {
    }

    /** @param claims the checks {@code verifier} makes of the claims, made again whenever a remembered token is used */
    VerifiedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> claims, Clock clock) {
        this.verifier = verifier;
        this.claims = claims;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) {
        Remembered known = remembered.get(token);
        if (known != null) {
            if (clock.instant().isBefore(known.until()) && !claims.validate(known.jwt()).hasErrors()) {
                return known.jwt();
            }
            remembered.remove(token);
        }
        // throws for a bad or expired token, exactly as without this class
        Jwt jwt = verifier.decode(token);
        if (remembered.size() >= MAX_TOKENS) {
            remembered.clear();
        }
        remembered.put(token, new Remembered(jwt, clock.instant().plus(REMEMBER_FOR)));
        return jwt;
    }
}
