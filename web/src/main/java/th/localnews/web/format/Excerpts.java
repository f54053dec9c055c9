package th.localnews.web.format;

import java.text.BreakIterator;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Short plain-text teasers cut at a Thai word boundary (Thai has no spaces between words, so the JDK's
 * dictionary-based word iterator finds the cut) and ended with "…" when anything was cut.
 */
@Component("excerpts")
public class Excerpts {

    static final int DEFAULT_LENGTH = 120;
    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    public String of(String text) {
        return of(text, DEFAULT_LENGTH);
    }

    public String of(String text, int maxLength) {
        String plain = plain(text);
        if (plain.endsWith("…")) {
            return plain;
        }
        if (plain.length() <= maxLength) {
            return plain.isEmpty() ? "" : plain + "…";
        }
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        words.setText(plain);
        int cut = words.preceding(maxLength + 1);
        if (cut <= 0) {
            cut = maxLength;
        }
        return plain.substring(0, cut).stripTrailing() + "…";
    }

    private static String plain(String text) {
        if (text == null) {
            return "";
        }
        String noTags = text.replaceAll("<[^>]*>", " ");
        return HtmlUtils.htmlUnescape(noTags).replaceAll("\\s+", " ").strip();
    }
}
