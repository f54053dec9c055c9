package th.localnews.feed.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Turns a {@link Rendered} body into a response with its ETag and Cache-Control, or a 304 when the client has it,
 * and marks the request with the body so {@link CachedAnswerFilter} can give the same answer to the same request
 * line again without Spring MVC.
 */
public final class CachedResponses {

    /** The request attribute holding the {@link Rendered} body a controller answered with. */
    static final String ANSWERED = CachedResponses.class.getName() + ".answered";

    /** Short, because a retraction must disappear from shared caches soon; ETags make revalidation cheap. */
    public static final CacheControl API = CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic();
    public static final CacheControl FEEDS = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private CachedResponses() {
    }

    public static ResponseEntity<byte[]> respond(Rendered rendered, String ifNoneMatch, CacheControl cacheControl) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ANSWERED, rendered, RequestAttributes.SCOPE_REQUEST);
        }
        if (matches(ifNoneMatch, rendered.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(rendered.etag()).cacheControl(cacheControl)
                    .build();
        }
        return ResponseEntity.ok().eTag(rendered.etag()).cacheControl(cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .contentType(rendered.mediaType()).body(rendered.body());
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            // If-None-Match compares weakly (RFC 9110 13.1.2): a compressing proxy may have weakened our tag
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
