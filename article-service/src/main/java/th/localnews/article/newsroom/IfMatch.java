package th.localnews.article.newsroom;

import java.util.Optional;

/** Reads the version out of an If-Match header: {@code "3"}, {@code W/"3"} or a bare {@code 3}. */
final class IfMatch {

    private IfMatch() {
    }

    static Optional<Long> version(String header) {
        // "*" would match any version and so protect nothing: treated as no precondition at all (428)
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return Optional.empty();
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Optional.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            // an ETag we never issued cannot match any version
            return Optional.of(-1L);
        }
    }
}
