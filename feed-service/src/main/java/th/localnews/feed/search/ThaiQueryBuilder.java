package th.localnews.feed.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query from plain user text; the text only ever goes through the analyzers, so no character
 * has a query-syntax meaning. The query has four parts, any of which may match:
 * <ol>
 *   <li>words: each dictionary word of the query, searched in every field at that field's weight (the best field
 *       counts, others add a little); most words must match ({@link #required(int)}). An abbreviation the
 *       analyzer expanded (อบจ. → องค์การ บริหาร ส่วน จังหวัด), or its long form typed in full, counts as one word,
 *       looked for as the one token the index adds for each long form ({@link LongFormFilter}; the same stories as
 *       the exact phrase of its words, without reading their positions): its parts alone are in nearly every
 *       local-government story, and นายก อบจ. must not find a story about an อบต. (องค์การบริหารส่วนตำบล) that
 *       merely shares three of the four;</li>
 *   <li>phrase: all words near each other (slop {@value #PHRASE_SLOP}) in title, summary or body, as a bonus; a
 *       long form as its one indexed token;</li>
 *   <li>bigrams: each run of three or more Thai letters of the query, as an exact bigram phrase in the bigram
 *       twins, at {@link SearchField#BIGRAM_SHARE} of the weight: finds names the dictionary cuts differently;</li>
 *   <li>words as bigrams: each Thai word (an abbreviation: its long form) of three or more letters as a bigram
 *       phrase, most of them required: finds "ถนนชำรุด" in a story where an unknown name glued to it
 *       ("…หนองผือชำรุด") threw the segmenter off.</li>
 * </ol>
 * The bigram phrases come in two scopes. {@link AnalyzedQuery#query()} looks for the query's letter runs in title,
 * summary, tags and places, and for its words as letters in the title only: in the body, the common Thai letter
 * pairs of a query occur in nearly every long story, so a body bigram phrase means checking positions in almost
 * every story of the archive, which was most of a search's time; the words-as-letters part repeats every word of
 * the query, so it is the dearest part, and a story whose summary alone has the word glued to a name is rare.
 * {@link AnalyzedQuery#broad()} looks for both in every field; the index runs it instead when the first query
 * finds few stories (a name no dictionary knows, mentioned only in bodies), where its letter pairs are rare and
 * the check is cheap. Everything {@code query} matches, {@code broad} matches too.
 * <p>
 * A letter run is looked for as a phrase of every other bigram and the last one: bigrams two positions apart
 * share no letter and leave none out, so they pin the same letters as the full chain at half the postings to
 * read. {@link ThaiBigramTokenizer} leaves two holes between runs, so no such phrase can step from one run into
 * the next. The boost makes up for the terms left out, so a sparse phrase scores like the full one.
 */
final class ThaiQueryBuilder {

    private static final int PHRASE_SLOP = 2;
    private static final float PHRASE_BOOST = 0.5f;
    private static final float TIE_BREAKER = 0.2f;
    private static final int MIN_BIGRAM_RUN = 2;
    private static final int MIN_MARKED_WORD_RUN = 3;

    /** The fields whose bigram twins {@link AnalyzedQuery#query()} searches for letter runs; broad: all of them. */
    private static final List<SearchField> NARROW_BIGRAM_FIELDS =
            List.of(SearchField.TITLE, SearchField.SUMMARY, SearchField.TAGS, SearchField.PLACES);
    /** The fields whose bigram twins {@link AnalyzedQuery#query()} searches for words as letters. */
    private static final List<SearchField> NARROW_WORD_RUN_FIELDS = List.of(SearchField.TITLE);
    private static final List<SearchField> ALL_FIELDS = List.of(SearchField.values());

    private final SearchAnalysis analysis;
    /** The words of every long form of more than one word, longest first ({@link SearchAnalysis#longForms()}). */
    private final List<List<String>> longForms;
    private final Set<List<String>> indexedLongForms;

    ThaiQueryBuilder(SearchAnalysis analysis) {
        this.analysis = analysis;
        this.longForms = analysis.longForms();
        this.indexedLongForms = Set.copyOf(longForms);
    }

    AnalyzedQuery build(String text) {
        List<SearchAnalysis.Token> words = analysis.words(text);
        Set<String> distinct = new LinkedHashSet<>();
        words.forEach(token -> distinct.add(token.term()));
        List<List<SearchAnalysis.Token>> sequence = sequence(words);
        Set<List<SearchAnalysis.Token>> units = distinctUnits(sequence);
        List<SearchAnalysis.Token> phraseTerms = phraseTerms(sequence);
        List<List<String>> runs = thaiRuns(analysis.bigramRuns(text));
        List<List<String>> wordRuns = wordRuns(units);
        if (distinct.isEmpty() && runs.isEmpty()) {
            return AnalyzedQuery.nothing();
        }
        Query query = query(phraseTerms, units, runs, wordRuns, NARROW_BIGRAM_FIELDS, NARROW_WORD_RUN_FIELDS);
        Query broad = query(phraseTerms, units, runs, wordRuns, ALL_FIELDS, ALL_FIELDS);
        return new AnalyzedQuery(query, broad, distinct, highlighted(runs, wordRuns));
    }

    /** The query's units ({@link #sequence}), each once, in the order typed. */
    Set<List<SearchAnalysis.Token>> units(List<SearchAnalysis.Token> words) {
        return distinctUnits(sequence(words));
    }

    /**
     * The query's words as the units it was written in, in order, repeats kept: one word, or all the words of one
     * abbreviation — expanded by the analyzer (which gives the first word the abbreviation's offsets and the rest
     * none of their own, see {@code ThaiNormalizingCharFilter}) or typed in full.
     */
    private List<List<SearchAnalysis.Token>> sequence(List<SearchAnalysis.Token> words) {
        List<List<SearchAnalysis.Token>> expanded = new ArrayList<>();
        for (SearchAnalysis.Token token : words) {
            List<SearchAnalysis.Token> last = expanded.isEmpty() ? null : expanded.get(expanded.size() - 1);
            if (last != null && token.start() == token.end() && token.start() == last.get(0).end()) {
                last.add(token);
            } else {
                expanded.add(new ArrayList<>(List.of(token)));
            }
        }
        List<List<SearchAnalysis.Token>> sequence = new ArrayList<>();
        for (int i = 0; i < expanded.size(); ) {
            int typedInFull = typedLongForm(expanded, i);
            sequence.add(typedInFull == 0 ? expanded.get(i)
                    : expanded.subList(i, i + typedInFull).stream().map(single -> single.get(0)).toList());
            i += Math.max(1, typedInFull);
        }
        return sequence;
    }

    /** The units of {@link #sequence}, each once, in the order typed. */
    private static Set<List<SearchAnalysis.Token>> distinctUnits(List<List<SearchAnalysis.Token>> sequence) {
        Map<List<String>, List<SearchAnalysis.Token>> units = new LinkedHashMap<>();
        sequence.forEach(unit -> units.putIfAbsent(terms(unit), unit));
        return new LinkedHashSet<>(units.values());
    }

    /** How many one-word units from {@code at} spell out a long form, word by word at consecutive positions; or 0. */
    private int typedLongForm(List<List<SearchAnalysis.Token>> units, int at) {
        for (List<String> form : longForms) {
            if (at + form.size() > units.size()) {
                continue;
            }
            int matched = 0;
            while (matched < form.size()) {
                List<SearchAnalysis.Token> unit = units.get(at + matched);
                if (unit.size() != 1 || !unit.get(0).term().equals(form.get(matched))
                        || unit.get(0).position() != units.get(at).get(0).position() + matched) {
                    break;
                }
                matched++;
            }
            if (matched == form.size()) {
                return matched;
            }
        }
        return 0;
    }

    private static List<String> terms(List<SearchAnalysis.Token> unit) {
        return unit.stream().map(SearchAnalysis.Token::term).toList();
    }

    private Query query(List<SearchAnalysis.Token> phraseTerms, Set<List<SearchAnalysis.Token>> units,
            List<List<String>> runs, List<List<String>> wordRuns, List<SearchField> runFields,
            List<SearchField> wordRunFields) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (!units.isEmpty()) {
            query.add(allWords(units), Occur.SHOULD);
        }
        if (phraseTerms.size() > 1) {
            query.add(phrase(phraseTerms), Occur.SHOULD);
        }
        if (!runs.isEmpty()) {
            query.add(allRuns(runs, runFields), Occur.SHOULD);
        }
        if (!wordRuns.isEmpty() && !wordRuns.equals(runs)) {
            query.add(allRuns(wordRuns, wordRunFields), Occur.SHOULD);
        }
        return query.build();
    }

    /** All of up to three words, all but one of four or five, 70 % of longer queries. */
    static int required(int count) {
        if (count <= 3) {
            return count;
        }
        return count <= 5 ? count - 1 : (int) Math.ceil(count * 0.7);
    }

    private Query allWords(Set<List<SearchAnalysis.Token>> units) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<SearchAnalysis.Token> unit : units) {
            List<Query> perField = new ArrayList<>();
            for (SearchField field : SearchField.values()) {
                perField.add(new BoostQuery(unitQuery(field.field(), unit), field.weight()));
            }
            all.add(new DisjunctionMaxQuery(perField, TIE_BREAKER), Occur.SHOULD);
        }
        return all.setMinimumNumberShouldMatch(required(units.size())).build();
    }

    /**
     * One word as a term; a long form of the term table, its words at consecutive positions, as the one token the
     * index gave it ({@link LongFormFilter}): the same stories as the exact phrase, without reading positions; any
     * other group of words as their phrase.
     */
    private Query unitQuery(String field, List<SearchAnalysis.Token> unit) {
        if (unit.size() == 1) {
            return new TermQuery(new Term(field, unit.get(0).term()));
        }
        if (isIndexedLongForm(unit)) {
            return new TermQuery(new Term(field, LongFormFilter.joined(terms(unit))));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = unit.get(0).position();
        unit.forEach(token -> phrase.add(new Term(field, token.term()), token.position() - first));
        return phrase.build();
    }

    /**
     * The terms of the words' sloppy phrase, in order: each word, but a long form of the term table as the one token
     * the index gave it, at its last word's position, where that token stands ({@link LongFormFilter}).
     */
    private List<SearchAnalysis.Token> phraseTerms(List<List<SearchAnalysis.Token>> sequence) {
        List<SearchAnalysis.Token> terms = new ArrayList<>();
        for (List<SearchAnalysis.Token> unit : sequence) {
            if (isIndexedLongForm(unit)) {
                SearchAnalysis.Token last = unit.get(unit.size() - 1);
                terms.add(new SearchAnalysis.Token(LongFormFilter.joined(terms(unit)), last.position(),
                        unit.get(0).start(), last.end()));
            } else {
                terms.addAll(unit);
            }
        }
        return terms;
    }

    private boolean isIndexedLongForm(List<SearchAnalysis.Token> unit) {
        return unit.size() > 1 && indexedLongForms.contains(terms(unit)) && SearchAnalysis.consecutive(unit);
    }

    private Query phrase(List<SearchAnalysis.Token> words) {
        List<Query> perField = new ArrayList<>();
        for (SearchField field : List.of(SearchField.TITLE, SearchField.SUMMARY, SearchField.BODY)) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(PHRASE_SLOP);
            int first = words.get(0).position();
            words.forEach(token -> phrase.add(new Term(field.field(), token.term()), token.position() - first));
            perField.add(new BoostQuery(phrase.build(), field.weight() * PHRASE_BOOST));
        }
        return new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    private static Query allRuns(List<List<String>> runs, List<SearchField> fields) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<String> run : runs) {
            List<Integer> kept = sparse(run.size());
            float makeUp = (float) run.size() / kept.size();
            List<Query> perField = new ArrayList<>();
            for (SearchField field : fields) {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder();
                kept.forEach(i -> phrase.add(new Term(field.bigrams(), run.get(i)), i));
                perField.add(new BoostQuery(phrase.build(), field.bigramWeight() * makeUp));
            }
            all.add(new DisjunctionMaxQuery(perField, TIE_BREAKER), Occur.SHOULD);
        }
        return all.setMinimumNumberShouldMatch(required(runs.size())).build();
    }

    /** The positions of every other bigram of a run of {@code size}, and of its last one. */
    static List<Integer> sparse(int size) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < size; i += 2) {
            kept.add(i);
        }
        if (kept.get(kept.size() - 1) != size - 1) {
            kept.add(size - 1);
        }
        return kept;
    }

    /**
     * The letter runs worth marking: the query's own runs, and its longer words wherever they stand. A short word
     * found inside a longer one (โรง in โรงเรียน) counts towards the match but would be a misleading mark.
     */
    private static List<List<String>> highlighted(List<List<String>> runs, List<List<String>> wordRuns) {
        Set<List<String>> highlighted = new LinkedHashSet<>(runs);
        wordRuns.stream().filter(run -> run.size() >= MIN_MARKED_WORD_RUN).forEach(highlighted::add);
        return List.copyOf(highlighted);
    }

    /** The letter runs of each unit, an expanded abbreviation's words written together as its long form. */
    private List<List<String>> wordRuns(Set<List<SearchAnalysis.Token>> units) {
        Set<List<String>> runs = new LinkedHashSet<>();
        units.forEach(unit -> runs.addAll(thaiRuns(analysis.bigramRuns(String.join("", terms(unit))))));
        return List.copyOf(runs);
    }

    private static List<List<String>> thaiRuns(List<List<SearchAnalysis.Token>> bigramRuns) {
        List<List<String>> runs = new ArrayList<>();
        for (List<SearchAnalysis.Token> run : bigramRuns) {
            boolean thai = ThaiChars.isThaiLetter(run.get(0).term().charAt(0));
            if (thai && run.size() >= MIN_BIGRAM_RUN) {
                runs.add(run.stream().map(SearchAnalysis.Token::term).toList());
            }
        }
        return runs;
    }
}
