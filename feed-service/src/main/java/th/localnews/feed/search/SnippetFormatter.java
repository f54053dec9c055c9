package th.localnews.feed.search;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.List;

/**
 * Renders a text with its matches as safe HTML: text escaped, matches in {@code <mark>}, and, for snippets, a window
 * of at most {@code maxLength} characters around the best-covered match, cut only at Thai word boundaries (ICU's
 * dictionary word breaks, which never fall inside a character cluster), with "…" where the text was cut.
 */
final class SnippetFormatter {

    static final String ELLIPSIS = "…";
    private static final BreakIterator WORDS = BreakIterator.getWordInstance(new ULocale("th"));

    private final int maxLength;

    SnippetFormatter(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The whole text, marked (for titles). */
    String whole(String text, List<TextRange> matches) {
        return render(text, 0, text.length(), TextRange.merge(matches));
    }

    /** A window around the matches, or the start of the text when there are none. */
    String snippet(String text, List<TextRange> unsorted) {
        List<TextRange> matches = TextRange.merge(unsorted);
        if (text.length() <= maxLength) {
            return whole(text, matches);
        }
        BreakIterator words = (BreakIterator) WORDS.clone();
        words.setText(text);
        int from = 0;
        int mustShow = 0;
        if (!matches.isEmpty()) {
            int first = bestFirstMatch(matches);
            int lastEnd = lastCoveredEnd(matches, first);
            int start = matches.get(first).start();
            int lead = Math.max(0, Math.min(maxLength / 4, maxLength - (lastEnd - start)));
            from = startNear(words, text, Math.max(0, Math.min(start - lead, text.length() - maxLength)),
                    start, lastEnd);
            mustShow = matches.get(first).end();
        }
        int to = boundaryAtOrBefore(words, text, Math.min(text.length(), from + maxLength));
        if (to <= from || to < mustShow) {
            to = boundaryAfter(words, text, Math.max(from, mustShow - 1));
        }
        return (from > 0 ? ELLIPSIS : "") + render(text, from, to, matches).strip()
                + (to < text.length() ? ELLIPSIS : "");
    }

    /** The start of a plain text, at most {@code maxLength} characters cut at a safe word boundary, not escaped. */
    String head(String text) {
        if (text.length() <= maxLength) {
            return text;
        }
        BreakIterator words = (BreakIterator) WORDS.clone();
        words.setText(text);
        int to = boundaryAtOrBefore(words, text, maxLength);
        if (to == 0) {
            to = boundaryAfter(words, text, 0);
        }
        return to >= text.length() ? text : text.substring(0, to).strip() + ELLIPSIS;
    }

    /** The match that, as the first one shown, lets the window show the most matches; the earliest such. */
    private int bestFirstMatch(List<TextRange> matches) {
        int best = 0;
        int bestCount = 0;
        for (int i = 0; i < matches.size(); i++) {
            int count = 0;
            while (i + count < matches.size()
                    && matches.get(i + count).end() <= matches.get(i).start() + maxLength) {
                count++;
            }
            if (count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        return best;
    }

    private int lastCoveredEnd(List<TextRange> matches, int first) {
        int end = matches.get(first).end();
        for (int i = first; i < matches.size() && matches.get(i).end() <= matches.get(first).start() + maxLength; i++) {
            end = matches.get(i).end();
        }
        return end;
    }

    /** A word boundary at or before {@code candidate}, or after it if going back would push out matches. */
    private int startNear(BreakIterator words, String text, int candidate, int firstMatch, int lastEnd) {
        int before = boundaryAtOrBefore(words, text, candidate);
        if (lastEnd - before <= maxLength) {
            return before;
        }
        int after = boundaryAfter(words, text, candidate);
        return after <= firstMatch ? after : before;
    }

    private static int boundaryAtOrBefore(BreakIterator words, String text, int offset) {
        int at = offset;
        if (at > 0 && at < text.length() && !words.isBoundary(at)) {
            at = words.preceding(at);
        }
        while (at > 0 && !ThaiChars.isSafeCut(text, at)) {
            at = words.preceding(at);
        }
        return Math.max(at, 0);
    }

    private static int boundaryAfter(BreakIterator words, String text, int offset) {
        int at = words.following(offset);
        while (at != BreakIterator.DONE && at < text.length() && !ThaiChars.isSafeCut(text, at)) {
            at = words.following(at);
        }
        return at == BreakIterator.DONE ? text.length() : at;
    }

    private static String render(String text, int from, int to, List<TextRange> matches) {
        StringBuilder html = new StringBuilder((to - from) + 32);
        int at = from;
        for (TextRange match : matches) {
            int start = Math.max(match.start(), from);
            int end = Math.min(match.end(), to);
            if (start >= end || start < at) {
                continue;
            }
            escape(text, at, start, html);
            html.append("<mark>");
            escape(text, start, end, html);
            html.append("</mark>");
            at = end;
        }
        escape(text, at, to, html);
        return html.toString();
    }

    static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
