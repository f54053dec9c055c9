package th.localnews.gateway.hardening;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Security headers on every response, the gateway's own and the backends'. HSTS only over TLS (directly or
 * as told by the terminating proxy): over plain http it would be ignored at best and pin a dev host at worst.
 */
final class SecurityHeadersFilter implements WebFilter, Ordered {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 5;
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final String contentSecurityPolicy;

    SecurityHeadersFilter(String contentSecurityPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean secure = isSecure(exchange.getRequest());
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            if (!headers.containsHeader("Referrer-Policy")) {
                headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            }
            // the site may send a stricter policy of its own (nonces); ours is the floor for everything else
            if (!headers.containsHeader("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", contentSecurityPolicy);
            }
            if (secure) {
                headers.set("Strict-Transport-Security", HSTS);
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private static boolean isSecure(ServerHttpRequest request) {
        return request.getSslInfo() != null
                || "https".equalsIgnoreCase(request.getHeaders().getFirst("X-Forwarded-Proto"));
    }
}
