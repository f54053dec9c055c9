package th.localnews.feed.view;

/** A feed request the caller has to correct (HTTP 400); {@link #code()} is stable, the message is for people. */
public class InvalidFeedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public InvalidFeedRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
