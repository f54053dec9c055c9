package th.localnews.feed.view;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/**
 * Where the next page of a feed starts: right after the last story of the previous one. A position rather than an
 * offset, so stories published while a reader pages neither repeat nor push others out of sight.
 */
public record FeedCursor(FeedKey after) {

    private static final String VERSION = "f1";

    public static FeedCursor after(FeedKey key) {
        return new FeedCursor(key);
    }

    public String encode() {
        String raw = VERSION + ":" + after.publishedAt().getEpochSecond() + ":" + after.publishedAt().getNano()
                + ":" + after.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws InvalidFeedRequestException when {@code encoded} is not a cursor this service handed out */
    public static FeedCursor decode(String encoded) {
        if (encoded.length() > 100) {
            throw invalid();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                throw invalid();
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            long id = Long.parseLong(parts[3]);
            if (id < 1) {
                throw invalid();
            }
            return new FeedCursor(new FeedKey(at, id));
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            throw invalid();
        }
    }

    private static InvalidFeedRequestException invalid() {
        return new InvalidFeedRequestException("feed.cursor-invalid",
                "cursor is not one this service handed out; start again without it");
    }
}
