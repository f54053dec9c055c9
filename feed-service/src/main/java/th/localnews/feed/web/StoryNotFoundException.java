package th.localnews.feed.web;

/**
 * Nothing readers may see under that id, slug or section (HTTP 404). An answer, not a fault: it carries no stack
 * trace, which nobody reads and which every 404 filled in through some hundred frames of filters and MVC (an app
 * polling for a story just published asks many times; the freshness bench does, docs/benchmarks.md P3).
 */
public class StoryNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public StoryNotFoundException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
