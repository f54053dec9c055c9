package th.localnews.feed.search;

/** Checks and tidies what a user typed into the search box; the result is plain text, never query syntax. */
final class QueryText {

    private QueryText() {
    }

    static String validate(String raw, int maxLength) {
        if (raw == null) {
            throw new InvalidQueryException(InvalidQueryException.Reason.BLANK, "Type something to search for");
        }
        String text = HtmlText.collapseWhitespace(raw);
        if (text.isEmpty()) {
            throw new InvalidQueryException(InvalidQueryException.Reason.BLANK, "Type something to search for");
        }
        if (text.length() > maxLength) {
            throw new InvalidQueryException(InvalidQueryException.Reason.TOO_LONG,
                    "A search may be at most " + maxLength + " characters long");
        }
        return text;
    }
}
