package th.localnews.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.localnews.gateway.problem.Problems;
import th.localnews.gateway.ratelimit.RateLimitProperties.KeyType;
import th.localnews.gateway.ratelimit.RateLimitProperties.Rule;

/**
 * Token buckets in front of the routes, after authentication so an API client is known by its token. The caller's
 * address is the TCP peer's: X-Forwarded-For is not trusted here, since anyone can send it.
 */
final class RateLimitFilter implements WebFilter, Ordered {

    // after Spring Security's WebFilterChainProxy (-100), which puts the principal on the exchange
    static final int ORDER = -50;
    private static final String ANONYMOUS = "anonymous";

    private final List<Rule> rules;
    private final BucketStore store;
    private final MeterRegistry meters;
    private final AntPathMatcher paths = new AntPathMatcher();

    RateLimitFilter(List<Rule> rules, BucketStore store, MeterRegistry meters) {
        this.rules = rules;
        this.store = store;
        this.meters = meters;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<Rule> matching = rules.stream().filter(rule -> matches(rule, exchange.getRequest())).toList();
        if (matching.isEmpty()) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal().map(Principal::getName).defaultIfEmpty(ANONYMOUS)
                .flatMap(principal -> Flux.fromIterable(matching)
                        .concatMap(rule -> store.take(rule, key(rule, exchange.getRequest(), principal))
                                .filter(wait -> !wait.isZero())
                                .map(wait -> new Rejection(rule, wait)))
                        .next()
                        .map(Optional::of)
                        .defaultIfEmpty(Optional.empty()))
                .flatMap(rejection -> rejection.map(r -> tooMany(exchange, r.rule(), r.retryIn()))
                        .orElseGet(() -> chain.filter(exchange)));
    }

    private record Rejection(Rule rule, Duration retryIn) {
    }

    private boolean matches(Rule rule, ServerHttpRequest request) {
        boolean method = rule.method() == null || rule.method().isBlank()
                || rule.method().equalsIgnoreCase(request.getMethod().name());
        return method && paths.match(rule.path(), request.getPath().pathWithinApplication().value());
    }

    private static String key(Rule rule, ServerHttpRequest request, String principal) {
        if (rule.key() == KeyType.CLIENT && !ANONYMOUS.equals(principal)) {
            return "client:" + principal;
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return "address:" + (remote == null ? "unknown" : remote.getAddress().getHostAddress());
    }

    private Mono<Void> tooMany(ServerWebExchange exchange, Rule rule, Duration wait) {
        meters.counter("gateway.rate.limit.rejections", "rule", rule.name()).increment();
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        // Reactor Netty 1.3.6 can stall reading the next request on a keep-alive connection after an answer sent
        // before the request body was read (reactor/reactor-netty#4361, fixed by PR #4347): the caller's next
        // request then waits for its own timeout. Closing the connection after a 429 sidesteps it; a throttled
        // caller opens a new one when it retries, which costs it nothing it was not already waiting for.
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "ส่งคำขอถี่เกินไป (too many requests)", "the " + rule.name() + " limit is " + rule.capacity()
                        + " requests per caller; retry after " + seconds + " s");
    }
}
