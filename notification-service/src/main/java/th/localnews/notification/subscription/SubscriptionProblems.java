package th.localnews.notification.subscription;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** RFC 9457 problems the subscription API answers with. */
final class SubscriptionProblems {

    private SubscriptionProblems() {
    }

    static ErrorResponseException invalid(String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid subscription");
        problem.setProperty("field", field);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    /** The same answer for "no such subscription" and "wrong token": a token holder learns nothing new. */
    static ErrorResponseException notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "no subscription matches this id and token");
        problem.setTitle("Subscription not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    static ErrorResponseException tokenRequired() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "send the manage token as 'Authorization: Bearer <token>' or ?token=");
        problem.setTitle("Manage token required");
        ErrorResponseException exception = new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
        exception.getHeaders().set("WWW-Authenticate", "Bearer");
        return exception;
    }
}
