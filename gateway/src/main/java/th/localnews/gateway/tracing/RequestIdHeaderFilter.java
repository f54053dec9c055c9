package th.localnews.gateway.tracing;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Puts {@link RequestIdFilter}'s id into the headers the gateway sends to the backend. Last of the header filters,
 * so it writes into the copy that hop-by-hop removal has already made instead of copying the caller's headers again.
 */
@Component
class RequestIdHeaderFilter implements HttpHeadersFilter, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.REQUEST;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        String id = exchange.getAttribute(RequestIdFilter.ATTRIBUTE);
        if (id == null) {
            return input;
        }
        try {
            // set, not add: a caller's unsafe id is replaced, not sent along with ours
            input.set(RequestIdFilter.HEADER, id);
            return input;
        } catch (UnsupportedOperationException readOnly) {
            HttpHeaders copy = new HttpHeaders();
            copy.addAll(input);
            copy.set(RequestIdFilter.HEADER, id);
            return copy;
        }
    }
}
