package th.localnews.article.newsroom;

/** The story's status does not allow what was asked, e.g. retracting a draft. Answered with 409. */
public class IllegalTransitionException extends RuntimeException {

    private final long articleId;
    private final ArticleStatus status;
    private final String action;

    IllegalTransitionException(long articleId, ArticleStatus status, String action) {
        super("article " + articleId + " is " + status.wireName() + " and cannot be " + action);
        this.articleId = articleId;
        this.status = status;
        this.action = action;
    }

    public long articleId() {
        return articleId;
    }

    public ArticleStatus status() {
        return status;
    }

    public String action() {
        return action;
    }
}
