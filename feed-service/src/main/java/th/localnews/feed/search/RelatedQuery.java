package th.localnews.feed.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

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
        Set<String> distinct = new LinkedHashSet<>();
        title.forEach(token -> distinct.add(token.term()));
        int stories = reader.numDocs();
        long common = stories < SMALL_INDEX ? Long.MAX_VALUE : (long) (stories * COMMON_SHARE);
        record Word(String term, int docFreq) {
        }
        List<Word> words = new ArrayList<>();
        for (String term : distinct) {
            if (term.chars().allMatch(Character::isDigit)) {
                continue;
            }
            int docFreq = 0;
            for (SearchField field : FIELDS) {
                docFreq = Math.max(docFreq, reader.docFreq(new Term(field.field(), term)));
            }
            if (docFreq > 0 && docFreq <= common) {
                words.add(new Word(term, docFreq));
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
                perField.add(new BoostQuery(new TermQuery(new Term(field.field(), word.term())), field.weight()));
            }
            query.add(new DisjunctionMaxQuery(perField, TIE_BREAKER), Occur.SHOULD);
        }
        return query.build();
    }
}
