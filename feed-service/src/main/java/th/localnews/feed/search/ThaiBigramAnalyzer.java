package th.localnews.feed.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The dictionary-free twin of {@link ThaiSearchAnalyzer}: character bigrams of Thai runs, whole Latin and digit
 * words. A name no dictionary knows (ยูเนสโก, a new sub-district, a person) matches as a bigram phrase wherever a
 * segmenter would have cut it. Same char filter, so abbreviations agree with the main fields.
 */
final class ThaiBigramAnalyzer extends Analyzer {

    private static final int GAP_BETWEEN_VALUES = 100;

    private final ThaiTermTable table;

    ThaiBigramAnalyzer(ThaiTermTable table) {
        this.table = table;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ThaiNormalizingCharFilter(reader, table);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ThaiBigramTokenizer();
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
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
