package th.localnews.article.newsroom;

/** A replace without If-Match: it would overwrite whatever another editor saved meanwhile (428). */
public class PreconditionRequiredException extends RuntimeException {

    PreconditionRequiredException() {
        super("send If-Match with the version you edited (the ETag of your GET), e.g. If-Match: \"3\"");
    }
}
