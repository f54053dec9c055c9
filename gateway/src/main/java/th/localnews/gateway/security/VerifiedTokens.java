package th.localnews.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * A {@link ReactiveJwtDecoder} that remembers the tokens it has verified for a while: a newsroom client sends the same
 * token with every request for as long as it lives, and verifying its RS256 signature again, with the key rebuilt
 * from the JWK set each time, was about a tenth of the gateway's CPU under a stream of publishes (docs/benchmarks.md,
 * P3). A remembered token is the same string, so the same signature; its claims are validated again on every use, it
 * is verified afresh after {@link #REMEMBER_FOR} (about as long as the key set itself is cached), and a token that
 * fails is never remembered. At most {@link #MAX_TOKENS} are kept.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
    static final int MAX_TOKENS = 1024;

    private final ReactiveJwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> claims;
    private final Clock clock;
    private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(Jwt jwt, Instant until) {
    }

    /** @param claims the checks {@code verifier} makes of the claims, made again whenever a remembered token is used */
    VerifiedTokens(ReactiveJwtDecoder verifier, OAuth2TokenValidator<Jwt> claims, Clock clock) {
        this.verifier = verifier;
        this.claims = claims;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Remembered known = remembered.get(token);
        if (known != null) {
            if (clock.instant().isBefore(known.until()) && !claims.validate(known.jwt()).hasErrors()) {
                return Mono.just(known.jwt());
            }
            remembered.remove(token);
        }
        return verifier.decode(token).doOnNext(jwt -> {
            if (remembered.size() >= MAX_TOKENS) {
                remembered.clear();
            }
            remembered.put(token, new Remembered(jwt, clock.instant().plus(REMEMBER_FOR)));
        });
    }
}
