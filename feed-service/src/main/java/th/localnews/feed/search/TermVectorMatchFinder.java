package th.localnews.feed.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Finds the same marks as {@link MatchFinder} — a word of the query, or a whole letter run of the query as
 * consecutive bigrams — from the term vectors the index kept of a story's field (the tokens the index analysis
 * produced, with their positions and offsets) instead of analysing the stored text again: the Thai dictionary
 * segmentation of twenty whole bodies per page cost more than the search itself.
 */
final class TermVectorMatchFinder {

    /** Where one term stands in a field: positions ascending, with the char offsets of each occurrence. */
    private record Occurrences(int[] positions, int[] starts, int[] ends) {

        int indexOf(int position) {
            return Arrays.binarySearch(positions, position);
        }
    }

    /**
     * The marks in a field whose word tokens are in {@code words} and bigram tokens in {@code bigrams} (either may
     * be null when the field had no text), in the order {@link TextRange#merge} leaves them.
     */
    List<TextRange> find(Terms words, Terms bigrams, AnalyzedQuery query) throws IOException {
        if (query.isEmpty()) {
            return List.of();
        }
        List<TextRange> ranges = new ArrayList<>();
        if (words != null && !query.words().isEmpty()) {
            occurrences(words, new TreeSet<>(query.words())).values().forEach(found -> {
                for (int i = 0; i < found.positions().length; i++) {
                    ranges.add(new TextRange(found.starts()[i], found.ends()[i]));
                }
            });
        }
        if (bigrams != null && !query.bigramRuns().isEmpty()) {
            TreeSet<String> terms = new TreeSet<>();
            query.bigramRuns().forEach(terms::addAll);
            Map<String, Occurrences> found = occurrences(bigrams, terms);
            for (List<String> run : query.bigramRuns()) {
                addRun(run, found, ranges);
            }
        }
        return TextRange.merge(ranges);
    }

    private static void addRun(List<String> run, Map<String, Occurrences> found, List<TextRange> out) {
        Occurrences first = found.get(run.get(0));
        Occurrences last = found.get(run.get(run.size() - 1));
        if (first == null || last == null) {
            return;
        }
        for (int i = 0; i < first.positions().length; i++) {
            int position = first.positions()[i];
            boolean whole = true;
            for (int k = 1; k < run.size() && whole; k++) {
                Occurrences next = found.get(run.get(k));
                whole = next != null && next.indexOf(position + k) >= 0;
            }
            if (whole) {
                int end = last.ends()[last.indexOf(position + run.size() - 1)];
                out.add(new TextRange(first.starts()[i], end));
            }
        }
    }

    /**
     * The occurrences of those of {@code terms} the field holds. Looked up in sorted order: a term vector's terms
     * enum seeks by scanning forward, so sorted look-ups cost one pass over the field's terms.
     */
    private static Map<String, Occurrences> occurrences(Terms vector, TreeSet<String> terms) throws IOException {
        Map<String, Occurrences> found = new HashMap<>();
        TermsEnum iterator = vector.iterator();
        PostingsEnum postings = null;
        for (String term : terms) {
            if (!iterator.seekExact(new BytesRef(term))) {
                continue;
            }
            postings = iterator.postings(postings, PostingsEnum.OFFSETS);
            postings.nextDoc();
            int freq = postings.freq();
            int[] positions = new int[freq];
            int[] starts = new int[freq];
            int[] ends = new int[freq];
            for (int i = 0; i < freq; i++) {
                positions[i] = postings.nextPosition();
                starts[i] = postings.startOffset();
                ends[i] = postings.endOffset();
            }
            found.put(term, new Occurrences(positions, starts, ends));
        }
        return found;
    }
}
