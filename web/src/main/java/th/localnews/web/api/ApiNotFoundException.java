package th.localnews.web.api;

/** The API has no such story, section or province: the reader gets the Thai 404 page. */
public class ApiNotFoundException extends RuntimeException {

    public ApiNotFoundException(String message) {
        super(message);
    }
}
