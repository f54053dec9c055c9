package th.localnews.feed.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Prepares Thai text for segmentation, identically at index and query time:
 * <ul>
 *   <li>abbreviations and spelling variants from {@link ThaiTermTable} become their long form, set apart by
 *       spaces, so "ทน.ขอนแก่น" segments like "เทศบาลนคร ขอนแก่น";</li>
 *   <li>a dot or ฯ after a Thai letter becomes a space: ICU glues "สพป.ขอนแก่น" into one token otherwise;</li>
 *   <li>Thai digits become ASCII digits and the two-character spelling of sara am (ํ + า) becomes ำ.</li>
 * </ul>
 * Offsets are corrected so that every token of an expansion points at the abbreviation it came from: the first
 * token covers the whole abbreviation and the others are empty, which keeps highlights on the text as written.
 */
final class ThaiNormalizingCharFilter extends BaseCharFilter {

    private final ThaiTermTable table;
    private Reader normalized;
    private int cumulative;

    ThaiNormalizingCharFilter(Reader in, ThaiTermTable table) {
        super(in);
        this.table = table;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (normalized == null) {
            normalized = new StringReader(normalize(readAll(input)));
        }
        return normalized.read(cbuf, off, len);
    }

    private String normalize(String in) {
        StringBuilder out = new StringBuilder(in.length() + 32);
        int i = 0;
        while (i < in.length()) {
            ThaiTermTable.Entry entry = table.match(in, i);
            if (entry != null) {
                expand(out, i, entry);
                i += entry.from().length();
            } else if (in.charAt(i) == '\u0E4D' && i + 1 < in.length() && in.charAt(i + 1) == 'า') {
                out.append('ำ');
                cumulative += 1;
                addOffCorrectMap(out.length(), cumulative);
                i += 2;
            } else {
                out.append(normalizeChar(in, i));
                i++;
            }
        }
        return out.toString();
    }

    private void expand(StringBuilder out, int start, ThaiTermTable.Entry entry) {
        int outStart = out.length();
        int end = start + entry.from().length();
        out.append(' ').append(entry.to()).append(' ');
        addOffCorrectMap(outStart + 1, start - (outStart + 1));
        for (int k = outStart + 2; k <= out.length(); k++) {
            addOffCorrectMap(k, end - k);
        }
        cumulative = end - out.length();
    }

    private static char normalizeChar(String in, int i) {
        char c = in.charAt(i);
        if (ThaiChars.isThaiDigit(c)) {
            return (char) ('0' + (c - '๐'));
        }
        if ((c == '.' || c == 'ฯ') && i > 0 && ThaiChars.isThaiLetter(in.charAt(i - 1))) {
            return ' ';
        }
        return c;
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }
}
