package th.localnews.feed.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** The two analyses of every text (dictionary words and bigrams), shared by indexing, querying and highlighting. */
final class SearchAnalysis {

    /** One token of an analysed text; {@code position} counts from 0 and includes the holes the stream left. */
    record Token(String term, int position, int start, int end) {
    }

    /** A text as the analyzers read it after the char filter, and the way back to offsets in the original. */
    record Normalized(String text, ThaiNormalizingCharFilter offsets) {

        int originalOffset(int normalizedOffset) {
            return offsets.correctOffset(normalizedOffset);
        }
    }

    private final ThaiTermTable table;
    private final Analyzer words;
    private final Analyzer bigrams;
    private final Analyzer perField;
    private final List<List<String>> longForms;

    SearchAnalysis(ThaiTermTable table) {
        this.table = table;
        this.words = new ThaiSearchAnalyzer(table);
        this.bigrams = new ThaiBigramAnalyzer(table);
        this.longForms = longForms(table.replacements());
        Map<String, Analyzer> byField = new HashMap<>();
        for (SearchField field : SearchField.values()) {
            byField.put(field.bigrams(), bigrams);
        }
        this.perField = new PerFieldAnalyzerWrapper(new ThaiSearchAnalyzer(table, longForms), byField);
    }

    /** The words of every replacement of more than one word, standing at consecutive positions; longest first. */
    private List<List<String>> longForms(List<String> replacements) {
        List<List<String>> forms = new ArrayList<>();
        for (String replacement : replacements) {
            List<Token> tokens = words(replacement);
            List<String> form = tokens.stream().map(Token::term).toList();
            if (tokens.size() > 1 && consecutive(tokens) && !forms.contains(form)) {
                forms.add(form);
            }
        }
        forms.sort(Comparator.comparingInt((List<String> form) -> form.size()).reversed());
        return List.copyOf(forms);
    }

    /**
     * The long forms of the term table as their words: each is indexed as one more token too ({@link LongFormFilter}),
     * and a query that holds one, expanded or typed in full, looks for that token.
     */
    List<List<String>> longForms() {
        return longForms;
    }

    static SearchAnalysis loadDefault() {
        return new SearchAnalysis(ThaiTermTable.loadDefault());
    }

    /** The analyzer an IndexWriter needs: words for the plain fields, bigrams for their twins. */
    Analyzer indexAnalyzer() {
        return perField;
    }

    List<Token> words(String text) {
        return tokens(words, text);
    }

    List<Token> bigrams(String text) {
        return tokens(bigrams, text);
    }

    /** {@code text} through the char filter both analyzers start with. */
    Normalized normalize(String text) {
        ThaiNormalizingCharFilter filter = new ThaiNormalizingCharFilter(new StringReader(text), table);
        StringBuilder out = new StringBuilder(text.length() + 32);
        char[] buffer = new char[1024];
        try {
            for (int n = filter.read(buffer, 0, buffer.length); n != -1; n = filter.read(buffer, 0, buffer.length)) {
                out.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
        return new Normalized(out.toString(), filter);
    }

    /** Bigram tokens grouped into the runs of letters they came from. */
    List<List<Token>> bigramRuns(String text) {
        List<List<Token>> runs = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int previous = Integer.MIN_VALUE;
        for (Token token : bigrams(text)) {
            if (token.position() != previous + 1 && !current.isEmpty()) {
                runs.add(current);
                current = new ArrayList<>();
            }
            current.add(token);
            previous = token.position();
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    /** Whether each token stands right after the one before it. */
    static boolean consecutive(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).position() != tokens.get(i - 1).position() + 1) {
                return false;
            }
        }
        return true;
    }

    /** The tokens {@code analyzer} makes of {@code text}, with their positions (from 0) and offsets. */
    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analysing a string cannot fail", e);
        }
        return tokens;
    }
}
