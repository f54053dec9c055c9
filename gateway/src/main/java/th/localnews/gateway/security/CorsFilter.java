package th.localnews.gateway.security;

import org.springframework.core.Ordered;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsWebFilter;

/**
 * CORS for every route, just in front of Spring Security's chain (which runs for newsroom routes only): preflights
 * are answered here, a cross-site request from an origin not configured is refused with 403 and never forwarded.
 */
final class CorsFilter extends CorsWebFilter implements Ordered {

    // WebFilterChainProxy is at -100
    static final int ORDER = -101;

    CorsFilter(CorsConfigurationSource source) {
        super(source);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
