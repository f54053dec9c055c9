package th.localnews.feed.search;

import java.io.Reader;
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

    ThaiSearchAnalyzer(ThaiTermTable table) {
        this.table = table;
        this.stopwords = CharArraySet.unmodifiableSet(new CharArraySet(SearchResources.lines(STOPWORDS), true));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ThaiNormalizingCharFilter(reader, table);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        return new TokenStreamComponents(tokenizer, new StopFilter(stream, stopwords));
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
