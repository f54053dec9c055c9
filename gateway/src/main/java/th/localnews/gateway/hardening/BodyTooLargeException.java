package th.localnews.gateway.hardening;

/** A request body crossed its route's limit while streaming; the fallback answers it with 413, not 503. */
public final class BodyTooLargeException extends RuntimeException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("request body over " + limit + " bytes", null, false, false);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
