package th.localnews.web.api;

/** The API refused the reader's input (400), for example an unusable search query or cursor. */
public class ApiRejectedException extends RuntimeException {

    public ApiRejectedException(String message) {
        super(message);
    }
}
