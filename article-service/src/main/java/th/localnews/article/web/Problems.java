package th.localnews.article.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details with the project's type URIs and, for bad input, the list of field problems. */
final class Problems {

    static final String TYPE_PREFIX = "https://localnews.th/problems/";

    private Problems() {
    }

    static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }

    static ProblemDetail invalid(HttpStatusCode status, List<FieldProblem> errors) {
        ProblemDetail problem = of(status, "invalid-request", "ข้อมูลไม่ถูกต้อง (invalid request)",
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields need fixing; see errors");
        problem.setProperty("errors", errors);
        return problem;
    }
}
