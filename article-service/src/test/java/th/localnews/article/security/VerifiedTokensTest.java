package th.localnews.article.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import th.localnews.testkit.MutableClock;

class VerifiedTokensTest {

    private static final Instant START = Instant.parse("2026-12-08T03:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final List<String> verifications = new ArrayList<>();
    private final VerifiedTokens tokens = new VerifiedTokens(verifier(Duration.ofHours(1)), expiry(), clock);

    /** The expiry check, on the test's clock. */
    private JwtTimestampValidator expiry() {
        JwtTimestampValidator validator = new JwtTimestampValidator(Duration.ZERO);
        validator.setClock(clock);
        return validator;
    }

    /**
     * Stands in for the signature check and its claims checks: "good-…" tokens verify until {@code START +
     * lifetime}, others never do.
     */
    private JwtDecoder verifier(Duration lifetime) {
        return token -> {
            verifications.add(token);
            if (!token.startsWith("good-")) {
                throw new BadJwtException("An error occurred while attempting to decode the Jwt: bad signature");
            }
            Jwt jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("editor")
                    .issuedAt(START).expiresAt(START.plus(lifetime)).build();
            if (expiry().validate(jwt).hasErrors()) {
                throw new JwtValidationException("expired", expiry().validate(jwt).getErrors());
            }
            return jwt;
        };
    }

    @Test
    void verifiesATokenOnceAndKnowsItOnEveryLaterRequest() {
        Jwt first = tokens.decode("good-1");
        Jwt again = tokens.decode("good-1");

        assertThat(again).isSameAs(first);
        assertThat(verifications).containsExactly("good-1");
    }

    @Test
    void neverRemembersATokenThatFailed() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).containsExactly("forged", "forged");
    }

    @Test
    void refusesARememberedTokenOnceItHasExpired() {
        VerifiedTokens shortLived = new VerifiedTokens(verifier(Duration.ofMinutes(2)), expiry(), clock);
        shortLived.decode("good-2");
        clock.advance(Duration.ofMinutes(3));

        assertThatThrownBy(() -> shortLived.decode("good-2")).isInstanceOf(JwtValidationException.class);
        assertThat(verifications).containsExactly("good-2", "good-2");
    }

    @Test
    void verifiesATokenAfreshOnceItHasBeenRememberedLongEnough() {
        tokens.decode("good-4");
        clock.advance(VerifiedTokens.REMEMBER_FOR.plusSeconds(1));
        tokens.decode("good-4");

        assertThat(verifications).containsExactly("good-4", "good-4");
    }

    @Test
    void keepsAtMostItsBoundOfTokens() {
        for (int i = 0; i <= VerifiedTokens.MAX_TOKENS; i++) {
            tokens.decode("good-many-" + i);
        }
        tokens.decode("good-many-0");

        assertThat(verifications).hasSize(VerifiedTokens.MAX_TOKENS + 2);
    }
}
