package th.localnews.gateway.tracing;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Every request leaves with an X-Request-Id, the caller's if it is a sane token, else a new one; the same id goes
 * to the backend and back to the caller. W3C {@code traceparent}/{@code tracestate} pass through untouched.
 * <p>
 * Cheap on purpose, since it runs for every read (docs/benchmarks.md, P1): a new id is a random (version 4) UUID
 * drawn from {@link ThreadLocalRandom}, not {@link UUID#randomUUID()}'s SecureRandom — an id names a request, it
 * guards nothing. The request is not rebuilt with the header (a copy of all its headers and one more decorator
 * that every later filter reads through): the id waits in an exchange attribute and is written into the headers
 * the gateway sends to the backend, which it builds anyway ({@link RequestIdHeaderFilter}).
 */
@Component
class RequestIdFilter implements WebFilter, Ordered {

    static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String given = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : newId();
        exchange.getAttributes().put(ATTRIBUTE, id);
        exchange.getResponse().getHeaders().set(HEADER, id);
        return chain.filter(exchange);
    }

    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // the version (4) and IETF variant bits, as UUID.randomUUID() sets them
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(most, least).toString();
    }
}
