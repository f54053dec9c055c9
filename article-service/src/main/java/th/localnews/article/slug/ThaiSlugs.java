package th.localnews.article.slug;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable slugs from Thai headlines, e.g. {@code น้ำท่วมเทศบาลนครขอนแก่น} → {@code น้ำท่วมเทศบาลนครขอนแก่น},
 * {@code อบจ.เชียงใหม่ หนุนช่าง!} → {@code อบจ.เชียงใหม่-หนุนช่าง}. Thai is written without spaces, so a long
 * headline is cut with the JDK's dictionary-based Thai word breaker, never inside a word (or a cluster of a
 * consonant and its vowel and tone marks).
 */
public final class ThaiSlugs {

    public static final int MAX_LENGTH = 80;

    private static final Locale THAI = Locale.forLanguageTag("th");

    private ThaiSlugs() {
    }

    public static String slugOf(String headline) {
        return slugOf(headline, MAX_LENGTH);
    }

    static String slugOf(String headline, int maxLength) {
        String cleaned = clean(headline);
        String cut = cleaned.length() <= maxLength ? cleaned : cutAtWord(cleaned, maxLength);
        String slug = trimDashes(cut);
        return slug.isEmpty() ? "article" : slug;
    }

    private static String clean(String headline) {
        String normalised = Normalizer.normalize(headline == null ? "" : headline, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK || cp == '.') {
                out.appendCodePoint(cp);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        });
        return trimDashes(out.toString());
    }

    /** The longest prefix that ends on a word boundary; the first word alone if even that is too long. */
    private static String cutAtWord(String text, int maxLength) {
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        words.setText(text);
        int boundary = words.preceding(maxLength + 1);
        if (boundary <= 0) {
            boundary = words.following(0);
        }
        return text.substring(0, boundary);
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == '-' || text.charAt(start) == '.')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '-' || text.charAt(end - 1) == '.')) {
            end--;
        }
        return text.substring(start, end);
    }
}
