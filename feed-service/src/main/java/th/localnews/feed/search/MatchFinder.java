package th.localnews.feed.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds what to mark in a stored text by running it through the same two analyses the index used: a word of the
 * query, or a whole letter run of the query found as consecutive bigrams. Marks therefore land exactly on what
 * made the story match, including an abbreviation that matched its long form (ทน. for เทศบาลนคร).
 */
final class MatchFinder {

    private final SearchAnalysis analysis;

    MatchFinder(SearchAnalysis analysis) {
        this.analysis = analysis;
    }

    List<TextRange> find(String text, AnalyzedQuery query) {
        if (text.isEmpty() || query.isEmpty()) {
            return List.of();
        }
        List<TextRange> ranges = new ArrayList<>();
        if (!query.words().isEmpty()) {
            for (SearchAnalysis.Token token : analysis.words(text)) {
                if (query.words().contains(token.term())) {
                    ranges.add(new TextRange(token.start(), token.end()));
                }
            }
        }
        if (!query.bigramRuns().isEmpty()) {
            addRuns(analysis.bigrams(text), query.bigramRuns(), ranges);
        }
        return TextRange.merge(ranges);
    }

    private static void addRuns(List<SearchAnalysis.Token> tokens, List<List<String>> runs, List<TextRange> out) {
        for (List<String> run : runs) {
            for (int i = 0; i + run.size() <= tokens.size(); i++) {
                if (matchesAt(tokens, i, run)) {
                    out.add(new TextRange(tokens.get(i).start(), tokens.get(i + run.size() - 1).end()));
                }
            }
        }
    }

    private static boolean matchesAt(List<SearchAnalysis.Token> tokens, int at, List<String> run) {
        int position = tokens.get(at).position();
        for (int k = 0; k < run.size(); k++) {
            SearchAnalysis.Token token = tokens.get(at + k);
            if (token.position() != position + k || !token.term().equals(run.get(k))) {
                return false;
            }
        }
        return true;
    }
}
