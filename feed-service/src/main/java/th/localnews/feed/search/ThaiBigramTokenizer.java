package th.localnews.feed.search;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits overlapping character bigrams for each run of Thai letters (a one-letter run as itself) and each Latin or
 * digit word whole. The first token of a run leaves two holes after the last token of the run before, so a bigram
 * phrase never matches across a space or a punctuation mark, not even one of every other bigram
 * ({@link ThaiQueryBuilder}).
 */
final class ThaiBigramTokenizer extends Tokenizer {

    private static final int RUN_GAP = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);

    private final StringBuilder text = new StringBuilder();
    private int next;
    private int runEnd;
    private boolean thaiRun;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (thaiRun && next + 1 < runEnd) {
            emit(next, next + 2, 1);
            next++;
            return true;
        }
        int start = thaiRun ? runEnd : next;
        while (start < text.length() && !isWordChar(text.charAt(start))) {
            start++;
        }
        if (start >= text.length()) {
            return false;
        }
        thaiRun = ThaiChars.isThaiLetter(text.charAt(start));
        runEnd = start;
        while (runEnd < text.length() && isWordChar(text.charAt(runEnd))
                && ThaiChars.isThaiLetter(text.charAt(runEnd)) == thaiRun) {
            runEnd++;
        }
        int end = thaiRun ? Math.min(start + 2, runEnd) : runEnd;
        emit(start, end, RUN_GAP);
        next = thaiRun ? start + 1 : runEnd;
        return true;
    }

    private void emit(int start, int end, int increment) {
        term.setEmpty().append(text, start, end);
        offset.setOffset(correctOffset(start), correctOffset(end));
        positionIncrement.setPositionIncrement(increment);
    }

    private static boolean isWordChar(char c) {
        return ThaiChars.isThaiLetter(c) || Character.isLetterOrDigit(c);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        char[] buffer = new char[4096];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            text.append(buffer, 0, n);
        }
        next = 0;
        runEnd = 0;
        thaiRun = false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text.length());
        offset.setOffset(last, last);
    }
}
