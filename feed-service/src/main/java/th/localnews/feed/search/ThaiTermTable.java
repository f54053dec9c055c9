package th.localnews.feed.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites read from data files (abbreviation → long form, spelling variant → canonical form), looked up by the
 * character they start with. Matching ignores the case of Latin letters.
 */
final class ThaiTermTable {

    static final String ABBREVIATIONS = "search/thai-abbreviations.tsv";
    static final String VARIANTS = "search/term-variants.tsv";

    record Entry(String from, String to) {

        /** One or two Thai letters (อ. ทน. ต.ค.) also end ordinary words, so they need a break before them. */
        boolean needsBreakBefore() {
            long letters = from.chars().filter(c -> c != '.' && c != 'ฯ' && c != ' ').count();
            return letters < 3 || isLatinOrDigit(from.charAt(0));
        }

        boolean needsBreakAfter() {
            return isLatinOrDigit(from.charAt(from.length() - 1));
        }
    }

    private final Map<Character, List<Entry>> byFirstChar;
    private final List<String> replacements;

    private ThaiTermTable(List<Entry> entries) {
        this.replacements = entries.stream().map(Entry::to).distinct().toList();
        Map<Character, List<Entry>> index = new HashMap<>();
        for (Entry entry : entries) {
            index.computeIfAbsent(Character.toLowerCase(entry.from().charAt(0)), c -> new ArrayList<>()).add(entry);
        }
        index.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> e.from().length()).reversed()));
        this.byFirstChar = index;
    }

    static ThaiTermTable loadDefault() {
        return load(ABBREVIATIONS, VARIANTS);
    }

    static ThaiTermTable load(String... resources) {
        List<Entry> entries = new ArrayList<>();
        for (String resource : resources) {
            for (String[] row : SearchResources.rows(resource)) {
                if (row.length != 2 || row[0].isEmpty() || row[1].isEmpty()) {
                    throw new IllegalStateException("Expected 'from<TAB>to' in " + resource + ": " + String.join("|", row));
                }
                entries.add(new Entry(row[0], row[1]));
            }
        }
        return new ThaiTermTable(entries);
    }

    /** Every long form and canonical form the table rewrites to, each once. */
    List<String> replacements() {
        return replacements;
    }

    /** The longest entry that matches {@code text} at {@code at} with the breaks it needs, or null. */
    Entry match(CharSequence text, int at) {
        List<Entry> candidates = byFirstChar.get(Character.toLowerCase(text.charAt(at)));
        if (candidates == null) {
            return null;
        }
        for (Entry entry : candidates) {
            if (startsWithIgnoringCase(text, at, entry.from()) && hasBreaks(text, at, entry)) {
                return entry;
            }
        }
        return null;
    }

    private static boolean hasBreaks(CharSequence text, int at, Entry entry) {
        if (entry.needsBreakBefore() && at > 0 && continuesWord(text.charAt(at - 1), entry.from().charAt(0))) {
            return false;
        }
        int end = at + entry.from().length();
        return !entry.needsBreakAfter() || end == text.length() || !isLatinOrDigit(text.charAt(end));
    }

    private static boolean continuesWord(char before, char first) {
        return isLatinOrDigit(first) ? isLatinOrDigit(before) : ThaiChars.isThaiLetter(before);
    }

    private static boolean startsWithIgnoringCase(CharSequence text, int at, String key) {
        if (at + key.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.toLowerCase(text.charAt(at + i)) != Character.toLowerCase(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLatinOrDigit(char c) {
        return (c < 0x80 && Character.isLetterOrDigit(c));
    }
}
