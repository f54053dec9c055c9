package th.localnews.feed.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * At index time, marks each long form of the term table (องค์การ บริหาร ส่วน จังหวัด, written out or expanded from
 * อบจ. by the char filter) with one more token: its words written together ({@link #joined}), at the position of its
 * last word, with that word's offsets (two long forms ending in the same word, อบจ. inside ส.จ., give two). A query
 * for the long form as one unit ({@link ThaiQueryBuilder}) then reads one term's postings instead of checking the
 * positions of four words that stand in nearly every local-government story (docs/benchmarks.md, P5). A long
 * form's words must stand at consecutive positions, as the query builder also asks; the words themselves are
 * indexed as before, so every other part of a query finds what it did.
 */
final class LongFormFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    /** The long forms by their last word. */
    private final Map<String, List<List<String>>> byLastWord;
    /** The last {@code history.length} words, by position modulo its length. */
    private final String[] history;
    private final int[] historyPositions;
    private int position;
    private final ArrayDeque<String> pending = new ArrayDeque<>();

    LongFormFilter(TokenStream input, Map<String, List<List<String>>> byLastWord, int longest) {
        super(input);
        this.byLastWord = byLastWord;
        this.history = new String[Math.max(1, longest)];
        this.historyPositions = new int[history.length];
    }

    /** The long forms of more than one word, indexed by their last word, for the constructor. */
    static Map<String, List<List<String>>> byLastWord(List<List<String>> longForms) {
        Map<String, List<List<String>>> byLast = new HashMap<>();
        for (List<String> form : longForms) {
            byLast.computeIfAbsent(form.get(form.size() - 1), key -> new ArrayList<>()).add(form);
        }
        return byLast;
    }

    /** The one token that stands for a long form's words. */
    static String joined(List<String> words) {
        return String.join("", words);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            // the word's other attributes (offsets, type) stay as they were
            term.setEmpty().append(pending.poll());
            increment.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        position += increment.getPositionIncrement();
        String word = term.toString();
        history[position % history.length] = word;
        historyPositions[position % history.length] = position;
        List<List<String>> forms = byLastWord.get(word);
        if (forms != null) {
            for (List<String> form : forms) {
                if (endsHere(form)) {
                    pending.add(joined(form));
                }
            }
        }
        return true;
    }

    private boolean endsHere(List<String> form) {
        if (form.size() > position + 1) {
            return false;
        }
        for (int i = 0; i < form.size(); i++) {
            int at = position - (form.size() - 1 - i);
            int slot = at % history.length;
            if (historyPositions[slot] != at || !form.get(i).equals(history[slot])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        position = -1;
        pending.clear();
        Arrays.fill(history, null);
        Arrays.fill(historyPositions, -1);
    }
}
