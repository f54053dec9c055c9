package th.localnews.web.newsroom.api;

/** The newsroom API refused a request; {@link Problem} says why, for the page to tell the editor in Thai. */
public class NewsroomApiException extends RuntimeException {

    private final transient Problem problem;

    public NewsroomApiException(Problem problem) {
        super("newsroom API answered " + problem.httpStatus() + " " + problem.code());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.httpStatus();
    }
}
