package th.localnews.notification.matching;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words with the JDK's dictionary-based Thai word breaker. Thai has no spaces between
 * words, so a keyword is matched against whole words: "ตา" (eye) must not match inside "ตาก" (Tak).
 */
final class ThaiWords {

    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    private ThaiWords() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        BreakIterator breaker = BreakIterator.getWordInstance(THAI);
        breaker.setText(text);
        int start = breaker.first();
        for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
            String word = text.substring(start, end).strip();
            if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0))) {
                words.add(word.toLowerCase(THAI));
            }
        }
        return words;
    }
}
