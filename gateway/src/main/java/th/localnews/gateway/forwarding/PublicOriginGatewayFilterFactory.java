package th.localnews.gateway.forwarding;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * For a backend that builds absolute URLs (auth-server's login redirects): tells it the host and scheme the
 * caller used, replacing every forwarding header the caller sent, so a redirect can only point where the caller
 * already is. The gateway sends no X-Forwarded-* otherwise: it has no trusted proxies configured.
 */
@Component
class PublicOriginGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    static final String PROTO = "X-Forwarded-Proto";

    PublicOriginGatewayFilterFactory() {
        super(Object.class);
    }

    @Override
    public GatewayFilter apply(Object config) {
        return (exchange, chain) -> {
            ServerHttpRequest request = exchange.getRequest();
            String scheme = request.getSslInfo() != null
                    || "https".equalsIgnoreCase(request.getHeaders().getFirst(PROTO)) ? "https" : "http";
            String host = request.getHeaders().getFirst(HttpHeaders.HOST);
            ServerHttpRequest forwarded = request.mutate().headers(headers -> {
                headers.remove("Forwarded");
                headers.remove("X-Forwarded-Host");
                headers.remove("X-Forwarded-Port");
                if (host != null) {
                    // the Host the caller used, port included: a forwarded scheme alone would reset the port
                    headers.set("X-Forwarded-Host", host);
                }
                headers.remove("X-Forwarded-Prefix");
                headers.remove("X-Forwarded-For");
                headers.set(PROTO, scheme);
            }).build();
            return chain.filter(exchange.mutate().request(forwarded).build());
        };
    }
}
