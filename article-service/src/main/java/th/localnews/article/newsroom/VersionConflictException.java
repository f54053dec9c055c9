package th.localnews.article.newsroom;

/** The article changed since the version the client (or this request) started from. */
public class VersionConflictException extends RuntimeException {

    VersionConflictException(long articleId, long expectedVersion) {
        super("article " + articleId + " is no longer at version " + expectedVersion
                + ": reload it and apply your change again");
    }
}
