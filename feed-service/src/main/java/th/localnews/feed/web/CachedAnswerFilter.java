package th.localnews.feed.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives the answer a controller gave to a request line again, while the view is at the same revision, without
 * going through Spring MVC: the home feed is what readers ask for most, and finding the handler, binding its
 * parameters and writing the entity were a quarter of the CPU of serving it cached (docs/benchmarks.md P2).
 * It runs inside the request's observation, so metrics and traces are the same as MVC's. What a controller
 * answered is never worked out here: the first request for a line goes through MVC, which validates it and
 * renders it through {@link RenderedCache}; only its 200 answer, as it went out, is kept for that revision. A
 * request this filter cannot answer exactly as MVC would (another method, a conditional header other than
 * {@code If-None-Match}) goes through MVC every time.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class CachedAnswerFilter extends OncePerRequestFilter {

    private final RenderedCache cache;
    private final Counter given;

    CachedAnswerFilter(RenderedCache cache, MeterRegistry meters) {
        this.cache = cache;
        this.given = Counter.builder("localnews.feed.cached.answers")
                .description("GET requests answered again from the rendered cache without Spring MVC")
                .register(meters);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!HttpMethod.GET.matches(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String line = requestLine(request);
        Answer answer = cache.answer(line);
        if (answer != null && answerable(request)) {
            given.increment();
            write(request, response, answer);
            return;
        }
        long revision = cache.revision();
        chain.doFilter(request, response);
        if (request.getAttribute(CachedResponses.ANSWERED) instanceof Rendered rendered
                && response.getStatus() == HttpServletResponse.SC_OK) {
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            cache.remember(line, revision, new Answer(rendered, response.getContentType(),
                    response.getHeader(HttpHeaders.CACHE_CONTROL), response.getHeader(HttpHeaders.VARY),
                    pattern == null ? null : pattern.toString()));
        }
    }

    private static String requestLine(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    /**
     * Only what MVC would answer with these bytes: no precondition but {@code If-None-Match}. {@code Accept} does
     * not matter, because the controllers set the content type and MVC then sends it whatever was asked for.
     */
    private static boolean answerable(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.IF_MATCH) == null && request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) == null
                && request.getHeader(HttpHeaders.IF_UNMODIFIED_SINCE) == null && request.getHeader(HttpHeaders.RANGE) == null;
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, Answer answer)
            throws IOException {
        if (answer.pathPattern() != null) {
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(context -> context.setPathPattern(answer.pathPattern()));
        }
        Rendered rendered = answer.rendered();
        // in the order MVC writes them
        if (answer.cacheControl() != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, answer.cacheControl());
        }
        if (CachedResponses.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), rendered.etag())) {
            response.setHeader(HttpHeaders.ETAG, rendered.etag());
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        if (answer.vary() != null) {
            response.setHeader(HttpHeaders.VARY, answer.vary());
        }
        response.setHeader(HttpHeaders.ETAG, rendered.etag());
        response.setContentType(answer.contentType());
        response.setContentLength(rendered.body().length);
        response.getOutputStream().write(rendered.body());
    }
}
