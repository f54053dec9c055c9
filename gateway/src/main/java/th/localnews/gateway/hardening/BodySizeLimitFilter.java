package th.localnews.gateway.hardening;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.localnews.gateway.problem.Problems;

/**
 * Counts the bytes of every request body as they stream through, so a chunked body without Content-Length is
 * held to the same limit as one that declares its size (which is refused before a byte is read).
 */
final class BodySizeLimitFilter implements WebFilter, Ordered {

    static final int ORDER = RequestGuardFilter.ORDER + 10;

    private final HardeningProperties properties;
    private final AntPathMatcher paths = new AntPathMatcher();

    BodySizeLimitFilter(HardeningProperties properties) {
        this.properties = properties;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        // HTTP/1.1 (RFC 9112 6.3): a request with neither Content-Length nor Transfer-Encoding has no body, which
        // is every read; those go on without a counting decorator that every later filter would read through
        if (declared < 0 && !request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        long limit = limitFor(request.getPath().value());
        if (declared > limit) {
            return tooLarge(exchange, limit);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().map(buffer -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        throw new BodyTooLargeException(limit);
                    }
                    return buffer;
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build())
                .onErrorResume(BodyTooLargeException.class, e -> tooLarge(exchange, e.limit()));
    }

    private long limitFor(String path) {
        return properties.bodyLimits().stream()
                .filter(rule -> paths.match(rule.path(), path))
                .findFirst()
                .map(rule -> rule.max().toBytes())
                .orElse(properties.maxBody().toBytes());
    }

    static Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                "ข้อมูลใหญ่เกินไป (request too large)", "this path takes at most " + limit + " bytes");
    }
}
