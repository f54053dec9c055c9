package th.localnews.feed.web;

/** Nothing readers may see under that id, slug or section (HTTP 404). */
public class StoryNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public StoryNotFoundException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
