package th.localnews.web.newsroom.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void readsTheArticleStatusThatArticleServiceAddsBesideTheHttpStatus() {
        Problem problem = parse(409, "{\"type\":\"https://localnews.th/problems/illegal-transition\",\"status\":409,"
                + "\"detail\":\"article 7 is draft and cannot be retracted\",\"status\":\"draft\"}");

        assertThat(problem.code()).isEqualTo("illegal-transition");
        assertThat(problem.articleStatus()).isEqualTo("draft");
    }

    @Test
    void fallsBackToTheDetailWhenOnlyTheNumericStatusSurvived() {
        Problem problem = parse(409, "{\"type\":\"https://localnews.th/problems/illegal-transition\","
                + "\"detail\":\"article 7 is published and cannot be published\",\"status\":409}");

        assertThat(problem.articleStatus()).isEqualTo("published");
    }

    @Test
    void readsFieldErrors() {
        Problem problem = parse(400, "{\"type\":\"https://localnews.th/problems/invalid-request\",\"status\":400,"
                + "\"errors\":[{\"field\":\"provinces[1]\",\"code\":\"unknown-province\",\"message\":\"x\"}]}");

        assertThat(problem.errors()).containsExactly(new Problem.FieldProblem("provinces[1]", "unknown-province", "x"));
    }

    @Test
    void survivesAProxysHtmlErrorPage() {
        Problem problem = parse(502, "<html><body>Bad Gateway</body></html>");

        assertThat(problem.httpStatus()).isEqualTo(502);
        assertThat(problem.errors()).isEmpty();
        assertThat(problem.articleStatus()).isNull();
    }

    private static Problem parse(int status, String body) {
        return Problem.parse(status, body.getBytes(StandardCharsets.UTF_8));
    }
}
