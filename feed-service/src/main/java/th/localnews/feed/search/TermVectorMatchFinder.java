package th.localnews.feed.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Finds the same marks as {@link MatchFinder} without running the Thai dictionary segmentation over the hit again
 * (for twenty whole bodies a page, that cost more than the search itself):
 * <ul>
 *   <li>words of the query: read from the term vector the index kept of the field, with their offsets;</li>
 *   <li>letter runs of the query: a run of n bigrams at consecutive positions is the same n + 1 letters in a row
 *       of the char-filtered text (the bigram tokenizer emits every adjacent pair of a Thai letter run, and leaves a
 *       gap between runs), so it is found by plain string search there, offsets mapped back as the tokenizer does.</li>
 * </ul>
 */
final class TermVectorMatchFinder {

    private final SearchAnalysis analysis;

    TermVectorMatchFinder(SearchAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The marks in {@code text}, whose word tokens the index kept in {@code words}, merged. */
    List<TextRange> find(Terms words, String text, AnalyzedQuery query) throws IOException {
        if (text.isEmpty() || query.isEmpty()) {
            return List.of();
        }
        List<TextRange> ranges = new ArrayList<>();
        if (!query.words().isEmpty()) {
            addWords(words, new TreeSet<>(query.words()), ranges);
        }
        if (!query.bigramRuns().isEmpty()) {
            addRuns(analysis.normalize(text), query.bigramRuns(), ranges);
        }
        return TextRange.merge(ranges);
    }

    /**
     * Looked up in sorted order: a term vector's terms enum seeks by scanning forward, so sorted look-ups cost one
     * pass over the field's terms.
     */
    private static void addWords(Terms vector, TreeSet<String> terms, List<TextRange> out) throws IOException {
        TermsEnum iterator = vector.iterator();
        PostingsEnum postings = null;
        for (String term : terms) {
            if (!iterator.seekExact(new BytesRef(term))) {
                continue;
            }
            postings = iterator.postings(postings, PostingsEnum.OFFSETS);
            postings.nextDoc();
            for (int i = postings.freq(); i > 0; i--) {
                postings.nextPosition();
                out.add(new TextRange(postings.startOffset(), postings.endOffset()));
            }
        }
    }

    private static void addRuns(SearchAnalysis.Normalized text, List<List<String>> runs, List<TextRange> out) {
        for (List<String> run : runs) {
            String letters = letters(run);
            for (int at = text.text().indexOf(letters); at >= 0; at = text.text().indexOf(letters, at + 1)) {
                out.add(new TextRange(text.originalOffset(at), text.originalOffset(at + letters.length())));
            }
        }
    }

    /** The letters a run of overlapping bigrams spells: the first letter of each, then the last one's second. */
    private static String letters(List<String> run) {
        StringBuilder letters = new StringBuilder(run.size() + 1);
        run.forEach(bigram -> letters.append(bigram.charAt(0)));
        return letters.append(run.get(run.size() - 1).charAt(1)).toString();
    }
}
