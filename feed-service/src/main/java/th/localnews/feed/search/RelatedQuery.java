package th.localnews.feed.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The query for stories like a given title, in the manner of Lucene's MoreLikeThis: the title's rarest words, at
 * most {@link #MAX_WORDS}, each looked for in the fields written to describe a story (title, summary, tags and
 * places), any of them enough. Not the user-search query ({@link ThaiQueryBuilder}): that one asks for most of the
 * words and their letter-pair phrases, so a whole headline matches little but itself and falls back to phrases
 * over every body, which was 84 % of feed-service's time at 50 new stories a second (docs/benchmarks.md, P3).
 * Rare words are what stories on the same matter share (a place, a name, an office); a word in more than
 * {@link #COMMON_SHARE} of the stories says nothing, and numbers (a story's count, a date) relate nothing either.
 */
final class RelatedQuery {

    static final int MAX_WORDS = 8;
    static final double COMMON_SHARE = 0.25;
    /** Below this many stories every word counts, however common: a share of a handful means nothing. */
    private static final int SMALL_INDEX = 40;
    private static final float TIE_BREAKER = 0.2f;
    private static final List<SearchField> FIELDS =
            List.of(SearchField.TITLE, SearchField.SUMMARY, SearchField.TAGS, SearchField.PLACES);

    private RelatedQuery() {
    }

    static Query of(IndexReader reader, List<SearchAnalysis.Token> title) throws IOException {
        List<String> terms = new ArrayList<>();
        for (SearchAnalysis.Token token : title) {
            String term = token.term();
            if (!terms.contains(term) && !term.chars().allMatch(Character::isDigit)) {
                terms.add(term);
            }
        }
        Map<SearchField, TermStates[]> states = states(reader, terms);
        int stories = reader.numDocs();
        long common = stories < SMALL_INDEX ? Long.MAX_VALUE : (long) (stories * COMMON_SHARE);
        record Word(int index, String term, int docFreq) {
        }
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            int docFreq = 0;
            for (SearchField field : FIELDS) {
                docFreq = Math.max(docFreq, states.get(field)[i].docFreq());
            }
            if (docFreq > 0 && docFreq <= common) {
                words.add(new Word(i, terms.get(i), docFreq));
            }
        }
        if (words.isEmpty()) {
            return new MatchNoDocsQuery("no word of the title is rare enough to relate stories");
        }
        words.sort(Comparator.comparingInt(Word::docFreq).thenComparing(Word::term));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Word word : words.subList(0, Math.min(MAX_WORDS, words.size()))) {
            List<Query> perField = new ArrayList<>(FIELDS.size());
            for (SearchField field : FIELDS) {
                Term term = new Term(field.field(), word.term());
                perField.add(new BoostQuery(new TermQuery(term, states.get(field)[word.index()]), field.weight()));
            }
            query.add(new DisjunctionMaxQuery(perField, TIE_BREAKER), Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * Where each of {@code terms} stands in each field, segment by segment: one terms enumeration per field and
     * segment, every word sought in it, kept for the query so that searching does not look the words up again. A
     * lookup per word, field and segment was a fifth of feed-service's CPU at 50 new stories a second, most of it
     * opening the index's term dictionary anew each time (docs/benchmarks.md, P3).
     */
    private static Map<SearchField, TermStates[]> states(IndexReader reader, List<String> terms) throws IOException {
        List<BytesRef> bytes = terms.stream().map(BytesRef::new).toList();
        Map<SearchField, TermStates[]> states = new EnumMap<>(SearchField.class);
        for (SearchField field : FIELDS) {
            TermStates[] perTerm = new TermStates[terms.size()];
            for (int i = 0; i < perTerm.length; i++) {
                perTerm[i] = new TermStates(reader.getContext());
            }
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms indexed = leaf.reader().terms(field.field());
                if (indexed == null) {
                    continue;
                }
                TermsEnum lookup = indexed.iterator();
                for (int i = 0; i < perTerm.length; i++) {
                    if (lookup.seekExact(bytes.get(i))) {
                        perTerm[i].register(lookup.termState(), leaf.ord, lookup.docFreq(), lookup.totalTermFreq());
                    }
                }
            }
            states.put(field, perTerm);
        }
        return states;
    }
}
