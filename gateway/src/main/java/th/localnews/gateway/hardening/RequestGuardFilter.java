package th.localnews.gateway.hardening;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import th.localnews.gateway.problem.Problems;

/**
 * Turns away, before anything else looks at them, paths a backend could resolve differently from our route
 * predicates ({@code ..}, encoded slashes and dots, backslashes) and methods a route does not take.
 */
final class RequestGuardFilter implements WebFilter, Ordered {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    static final String FALLBACK_PREFIX = "/gateway-fallback/";
    private static final Pattern AMBIGUOUS = Pattern.compile("(^|/)\\.\\.?(/|$)|%2f|%5c|%2e|\\\\|%00|;");

    private final HardeningProperties properties;
    private final AntPathMatcher paths = new AntPathMatcher();

    RequestGuardFilter(HardeningProperties properties) {
        this.properties = properties;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String rawPath = request.getURI().getRawPath();
        if (rawPath == null || ambiguous(rawPath)) {
            return Problems.write(exchange, HttpStatus.BAD_REQUEST, "ambiguous-path", "ที่อยู่ไม่ถูกต้อง (bad path)",
                    "paths with dot segments, encoded slashes or dots, backslashes or ';' are refused");
        }
        if (rawPath.startsWith(FALLBACK_PREFIX)) {
            return Problems.write(exchange, HttpStatus.NOT_FOUND, "not-found", "ไม่พบ (not found)", "no such page");
        }
        return properties.allowedMethods().stream()
                .filter(rule -> paths.match(rule.path(), rawPath))
                .findFirst()
                .filter(rule -> !rule.methods().contains(request.getMethod().name()))
                .map(rule -> methodNotAllowed(exchange, String.join(", ", rule.methods())))
                .orElseGet(() -> chain.filter(exchange));
    }

    /**
     * Every pattern of {@link #AMBIGUOUS} needs a '.', '%', '\\' or ';': a path with none of them (nearly every
     * request) is passed after one scan, without lower-casing it or running the expression.
     */
    static boolean ambiguous(String rawPath) {
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '.' || c == '%' || c == '\\' || c == ';') {
                return AMBIGUOUS.matcher(rawPath.toLowerCase(Locale.ROOT)).find();
            }
        }
        return false;
    }

    private static Mono<Void> methodNotAllowed(ServerWebExchange exchange, String allowed) {
        exchange.getResponse().getHeaders().set(HttpHeaders.ALLOW, allowed);
        return Problems.write(exchange, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "ใช้วิธีนี้ไม่ได้ (method not allowed)", "this path takes " + allowed);
    }
}
