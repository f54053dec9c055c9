package th.localnews.feed.search;

/**
 * Short plain-text teasers of a story for lists and related-story blocks, cut the way search snippets are: at a
 * Thai word boundary, never inside a character cluster, with "…" where the text was cut.
 */
public final class Excerpts {

    private final SnippetFormatter formatter;

    public Excerpts(int maxLength) {
        this.formatter = new SnippetFormatter(maxLength);
    }

    /** The excerpt of {@code html} (tags dropped, entities decoded, white space collapsed). */
    public String of(String html) {
        return formatter.head(HtmlText.plain(html));
    }
}
