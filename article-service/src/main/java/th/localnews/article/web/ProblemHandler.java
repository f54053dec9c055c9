package th.localnews.article.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import th.localnews.article.newsroom.ArticleNotFoundException;
import th.localnews.article.newsroom.IllegalTransitionException;
import th.localnews.article.newsroom.InvalidFieldException;
import th.localnews.article.newsroom.PreconditionRequiredException;
import th.localnews.article.newsroom.VersionConflictException;

/** Every error of the API as application/problem+json, with stable codes an editor's tool can act on. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    /** Fields the newsroom sets itself; sending them is a mistake worth naming, not silently ignoring. */
    private static final Set<String> READ_ONLY = Set.of("id", "slug", "status", "version", "createdAt",
            "updatedAt", "scheduledFor", "imported", "createdBy", "sanitizer");

    private static final Map<String, String> CODES = Map.of(
            "NotBlank", "required", "NotNull", "required", "Size", "too-long", "Utf8Size", "too-long",
            "KnownSection", "unknown-section", "KnownArea", "unknown-province",
            "KnownLocalGovernmentUnit", "unknown-local-government-unit", "Pattern", "invalid-format",
            "Positive", "not-positive");

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream().map(ProblemHandler::problem)
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalid(HttpStatus.BAD_REQUEST, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldProblem error = unreadable(ex.getMostSpecificCause());
        return ResponseEntity.badRequest().body(Problems.invalid(HttpStatus.BAD_REQUEST, List.of(error)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        result.getMethodParameter().getParameterName(), "invalid", error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalid(HttpStatus.BAD_REQUEST, errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        return Problems.invalid(HttpStatus.BAD_REQUEST, List.of(new FieldProblem(ex.getName(), "invalid-format",
                "'" + ex.getValue() + "' is not a valid " + ex.getName())));
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException ex) {
        return Problems.invalid(HttpStatus.BAD_REQUEST, List.of(new FieldProblem(ex.field(), ex.code(), ex.getMessage())));
    }

    @ExceptionHandler(ArticleNotFoundException.class)
    ProblemDetail notFound(ArticleNotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "ไม่พบข่าวนี้ (no such article)", ex.getMessage());
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegalTransition(IllegalTransitionException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "illegal-transition",
                "สถานะข่าวไม่อนุญาต (not allowed in this status)", ex.getMessage());
        problem.setProperty("status", ex.status().wireName());
        return problem;
    }

    @ExceptionHandler(VersionConflictException.class)
    ProblemDetail versionConflict(VersionConflictException ex) {
        return Problems.of(HttpStatus.PRECONDITION_FAILED, "version-conflict",
                "มีผู้แก้ไขข่าวนี้ไปก่อนแล้ว (changed by someone else)", ex.getMessage());
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(PreconditionRequiredException ex) {
        return Problems.of(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "ต้องส่ง If-Match (If-Match required)",
                ex.getMessage());
    }

    /** Two editors saving the same headline at the same instant: the slug's unique index decides, the loser retries. */
    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException ex) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-write",
                "บันทึกพร้อมกันกับผู้อื่น (saved at the same time as someone else)",
                "another change was saved at the same moment; send the request again");
    }

    private static FieldProblem problem(FieldError error) {
        String code = CODES.getOrDefault(error.getCode(), error.getCode() == null ? "invalid"
                : error.getCode().toLowerCase(Locale.ROOT));
        return new FieldProblem(error.getField(), code, error.getDefaultMessage());
    }

    private static FieldProblem unreadable(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = unknown.getPropertyName();
            return READ_ONLY.contains(field)
                    ? new FieldProblem(field, "read-only", field + " is set by the newsroom; leave it out of the request")
                    : new FieldProblem(field, "unknown-field", "no field '" + field + "' in an article; check its spelling");
        }
        if (cause instanceof JacksonException json) {
            String location = json.getLocation() == null ? ""
                    : " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr();
            String path = fieldPath(json);
            // a type mismatch's own message names Java types; the caller only needs to know which field is wrong
            String detail = json instanceof MismatchedInputException ? "wrong kind of value for " + path
                    : json.getOriginalMessage();
            return new FieldProblem(path, "malformed-json",
                    "the body is not valid JSON for an article" + location + ": " + detail);
        }
        return new FieldProblem("$", "malformed-json", "the body is missing or is not valid JSON");
    }

    /** The JSON path of the failure as the request spells it ({@code tags[0]}, {@code coverImage.url}), else {@code $}. */
    private static String fieldPath(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
