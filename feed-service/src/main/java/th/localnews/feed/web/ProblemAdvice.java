package th.localnews.feed.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import th.localnews.feed.search.InvalidQueryException;
import th.localnews.feed.view.InvalidFeedRequestException;

/** The reader API's errors as RFC 9457 problem details with a stable {@code code}. */
@RestControllerAdvice
class ProblemAdvice {

    @ExceptionHandler(InvalidFeedRequestException.class)
    ResponseEntity<ProblemDetail> invalidFeedRequest(InvalidFeedRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
    }

    @ExceptionHandler(InvalidQueryException.class)
    ResponseEntity<ProblemDetail> invalidQuery(InvalidQueryException e) {
        return problem(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
    }

    @ExceptionHandler(StoryNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(StoryNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.code(), e.getMessage());
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return ResponseEntity.status(status).body(problem);
    }
}
