package th.localnews.feed.search;

/**
 * A search request the caller has to correct (a client error, HTTP 400). {@link Reason#code()} is stable and meant
 * for the problem document; the message is for people.
 */
public class InvalidQueryException extends RuntimeException {

    public enum Reason {
        BLANK("search.query-blank"),
        TOO_LONG("search.query-too-long"),
        LIMIT_OUT_OF_RANGE("search.limit-out-of-range"),
        CURSOR_INVALID("search.cursor-invalid");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public InvalidQueryException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String code() {
        return reason.code();
    }
}
