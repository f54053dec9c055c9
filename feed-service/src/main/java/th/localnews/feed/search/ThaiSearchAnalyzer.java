package th.localnews.feed.search;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * The dictionary-segmented analysis of every text field. ICU's Thai dictionary segments a word the same way
 * wherever it stands (the JDK's BreakIterator, behind Lucene's ThaiTokenizer, splits an unknown name differently
 * depending on the words around it, so a query and a story would disagree); the char filter in front of it splits
 * abbreviations off the following name and rewrites them to their long forms.
 */
final class ThaiSearchAnalyzer extends Analyzer {

    static final String STOPWORDS = "search/thai-stopwords.txt";
    private static final int GAP_BETWEEN_VALUES = 100;

    private final ThaiTermTable table;
    private final CharArraySet stopwords;
    /** For the index: the long forms to mark ({@link LongFormFilter}), by last word; empty for queries. */
    private final Map<String, List<List<String>>> longForms;
    private final int longest;

    /** The query analysis. */
    ThaiSearchAnalyzer(ThaiTermTable table) {
        this(table, List.of());
    }

    /** The index analysis: also marks each of {@code longForms} (words at consecutive positions) with one token. */
    ThaiSearchAnalyzer(ThaiTermTable table, List<List<String>> longForms) {
        this.table = table;
        this.stopwords = CharArraySet.unmodifiableSet(new CharArraySet(SearchResources.lines(STOPWORDS), true));
        this.longForms = LongFormFilter.byLastWord(longForms);
        this.longest = longForms.stream().mapToInt(List::size).max().orElse(0);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ThaiNormalizingCharFilter(reader, table);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        TokenStream stream = new StopFilter(new LowerCaseFilter(tokenizer), stopwords);
        return new TokenStreamComponents(tokenizer,
                longForms.isEmpty() ? stream : new LongFormFilter(stream, longForms, longest));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return GAP_BETWEEN_VALUES;
    }
}
