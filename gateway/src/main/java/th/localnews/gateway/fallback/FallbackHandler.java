package th.localnews.gateway.fallback;

import java.time.Duration;
import java.util.Map;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;
import th.localnews.gateway.hardening.BodyTooLargeException;

/**
 * What a caller hears when a route's backend is down or its breaker is open: 503 and when to try again, in the
 * words of that route. Never a stale copy: the gateway keeps no content, and an old feed passed off as current
 * would be worse than an honest error.
 */
final class FallbackHandler {

    private static final Map<String, String[]> MESSAGES = Map.of(
            "article-service", new String[] { "ห้องข่าวไม่พร้อมใช้งานชั่วคราว (newsroom temporarily unavailable)",
                    "the newsroom service did not answer; if this was a change, read the article before retrying" },
            "feed-service", new String[] { "ข่าวไม่พร้อมแสดงชั่วคราว (stories temporarily unavailable)",
                    "the reader service did not answer; no older copy is served in its place" },
            "notification-service", new String[] { "ระบบแจ้งเตือนไม่พร้อมใช้งานชั่วคราว (alerts temporarily unavailable)",
                    "the subscription service did not answer; nothing was subscribed or changed by this gateway" },
            "auth-server", new String[] { "ระบบเข้าสู่ระบบไม่พร้อมใช้งานชั่วคราว (sign-in temporarily unavailable)",
                    "the issuer did not answer; tokens already issued stay valid until they expire" },
            "web", new String[] { "เว็บไซต์ไม่พร้อมใช้งานชั่วคราว (site temporarily unavailable)",
                    "the site did not answer; the API may still work" });

    private final Duration retryAfter;

    FallbackHandler(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    Mono<ServerResponse> handle(ServerRequest request) {
        Throwable cause = request.exchange().getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (cause instanceof BodyTooLargeException tooLarge) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "ข้อมูลใหญ่เกินไป (request too large)",
                    "this path takes at most " + tooLarge.limit() + " bytes", request, null);
        }
        String route = request.path().substring(request.path().lastIndexOf('/') + 1);
        String[] message = MESSAGES.getOrDefault(route, new String[] { "ไม่พร้อมใช้งานชั่วคราว (temporarily unavailable)",
                "the service behind this path did not answer" });
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", message[0], message[1], request, retryAfter);
    }

    private static Mono<ServerResponse> problem(HttpStatus status, String type, String title, String detail,
            ServerRequest request, Duration retryAfter) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(java.net.URI.create("https://localnews.th/problems/" + type));
        problem.setTitle(title);
        ServerResponse.BodyBuilder response = ServerResponse.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (retryAfter != null) {
            response.header("Retry-After", Long.toString(retryAfter.toSeconds()));
        }
        return response.body(BodyInserters.fromValue(problem));
    }
}
