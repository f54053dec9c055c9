package th.localnews.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokensTest {

    private static final Instant MINTED = Instant.parse("2026-12-08T03:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(MINTED);
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    };
    private final JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
    private final AtomicInteger verified = new AtomicInteger();

    /**
     * Stands in for the real decoder: "good" verifies until two minutes after MINTED, "long" for an hour; anything
     * else never does.
     */
    private final ReactiveJwtDecoder signatures = token -> {
        verified.incrementAndGet();
        if (!token.equals("good") && !token.equals("long")) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        Duration lifetime = token.equals("good") ? Duration.ofMinutes(2) : Duration.ofHours(1);
        Jwt jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("editor")
                .issuedAt(MINTED).expiresAt(MINTED.plus(lifetime)).build();
        return expiry.validate(jwt).hasErrors()
                ? Mono.error(new JwtValidationException("expired", expiry.validate(jwt).getErrors()))
                : Mono.just(jwt);
    };

    private final VerifiedTokens tokens;

    VerifiedTokensTest() {
        expiry.setClock(clock);
        tokens = new VerifiedTokens(signatures, expiry, clock);
    }

    @Test
    void checksTheSignatureOfATokenOnlyTheFirstTimeItComes() {
        Jwt first = tokens.decode("good").block();

        assertThat(tokens.decode("good").block()).isSameAs(first);
        assertThat(verified).hasValue(1);
    }

    @Test
    void keepsNoTokenThatFailed() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(verified).hasValue(2);
    }

    @Test
    void refusesARememberedTokenOnceItHasExpired() {
        tokens.decode("good").block();
        now.set(MINTED.plus(Duration.ofMinutes(3)));

        assertThatThrownBy(() -> tokens.decode("good").block()).isInstanceOf(JwtValidationException.class);
        assertThat(verified).hasValue(2);
    }

    @Test
    void checksTheSignatureAgainOnceATokenHasBeenRememberedLongEnough() {
        tokens.decode("long").block();
        now.set(MINTED.plus(VerifiedTokens.REMEMBER_FOR).minusSeconds(1));
        tokens.decode("long").block();
        assertThat(verified).hasValue(1);

        now.set(MINTED.plus(VerifiedTokens.REMEMBER_FOR).plusSeconds(1));
        tokens.decode("long").block();
        assertThat(verified).hasValue(2);
    }
}
