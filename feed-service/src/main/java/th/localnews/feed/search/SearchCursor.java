package th.localnews.feed.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the next page starts, and the instant the first page was ranked at: recency is computed against that
 * same instant on every page, so results do not shift between pages as time passes. Opaque to clients.
 */
record SearchCursor(int offset, long nowMillis) {

    private static final String VERSION = "1";

    String encode() {
        String plain = VERSION + ":" + offset + ":" + nowMillis;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static SearchCursor decode(String cursor, int maxOffset) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = plain.split(":");
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw invalid();
            }
            int offset = Integer.parseInt(parts[1]);
            if (offset < 0 || offset > maxOffset) {
                throw invalid();
            }
            return new SearchCursor(offset, Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static InvalidQueryException invalid() {
        return new InvalidQueryException(InvalidQueryException.Reason.CURSOR_INVALID,
                "The cursor is not one this search handed out");
    }
}
