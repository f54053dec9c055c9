package th.localnews.feed.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/**
 * Collects the best {@code size} stories by text score × {@link RecencyBoost#factor recency factor}, ties broken by
 * date (newest first) and then id, while letting Lucene skip what cannot make the page.
 *
 * <p>The recency factor is at most {@link RecencyBoost#maxFactor()}, so once the page is full a story needs a
 * text score of at least (worst ranked score ÷ max factor) to get onto it; that bound is handed to the scorer as
 * its minimum competitive score, and block-max WAND / MaxScore skip whole blocks of weaker matches instead of
 * scoring every matching story. The ranking is exactly what sorting every match by the boosted score, date and id
 * gives. Hits are counted exactly up to {@link #EXACT_HITS} and the skipping only starts after that, so
 * {@link SearchPage#totalHits()} keeps its promise.
 */
final class RecencyRankedCollector extends SimpleCollector {

    static final int EXACT_HITS = 1000;

    /** One ranked story; {@code doc} is the index-wide doc id. */
    record Candidate(int doc, float score, long publishedAt, BytesRef id) {
    }

    /** Best first: higher score, then newer, then smaller id (then smaller doc, as Lucene's sort would). */
    static final Comparator<Candidate> RANKING = Comparator.comparingDouble((Candidate c) -> -c.score())
            .thenComparing(Comparator.comparingLong(Candidate::publishedAt).reversed())
            .thenComparing(Candidate::id)
            .thenComparingInt(Candidate::doc);

    private final int size;
    private final RecencyBoost recency;
    private final int exactHits;
    private final PriorityQueue<Candidate> worstFirst;
    private long totalHits;
    private Scorable scorer;
    private NumericDocValues published;
    private SortedDocValues ids;
    private int docBase;
    private float minTextScore;

    private RecencyRankedCollector(int size, RecencyBoost recency, int exactHits) {
        this.size = size;
        this.recency = recency;
        this.exactHits = exactHits;
        this.worstFirst = new PriorityQueue<>(size + 1, RANKING.reversed());
    }

    static CollectorManager<RecencyRankedCollector, Result> manager(int size, RecencyBoost recency) {
        return manager(size, recency, EXACT_HITS);
    }

    /** With {@code exactHits} lowered, tests see the skipping on a small index. */
    static CollectorManager<RecencyRankedCollector, Result> manager(int size, RecencyBoost recency, int exactHits) {
        return new CollectorManager<>() {
            @Override
            public RecencyRankedCollector newCollector() {
                return new RecencyRankedCollector(size, recency, exactHits);
            }

            @Override
            public Result reduce(Collection<RecencyRankedCollector> collectors) {
                List<Candidate> all = new ArrayList<>();
                long total = 0;
                for (RecencyRankedCollector collector : collectors) {
                    all.addAll(collector.worstFirst);
                    total += collector.totalHits;
                }
                all.sort(RANKING);
                return new Result(List.copyOf(all.subList(0, Math.min(size, all.size()))), total);
            }
        };
    }

    /** The ranked stories, best first, and how many matched (exact up to {@link #EXACT_HITS}, a lower bound beyond). */
    record Result(List<Candidate> ranked, long totalHits) {
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        docBase = context.docBase;
        published = DocValues.getNumeric(context.reader(), SearchField.PUBLISHED_AT);
        ids = DocValues.getSorted(context.reader(), SearchField.ID);
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
        this.scorer = scorer;
        if (minTextScore > 0) {
            scorer.setMinCompetitiveScore(minTextScore);
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        totalHits++;
        float text = scorer.score();
        boolean dated = published.advanceExact(doc);
        long publishedAt = dated ? published.longValue() : 0;
        // Same arithmetic as FunctionScoreQuery.boostByValue, so scores and ties are those of the full sort.
        float score = (float) (text * (dated ? recency.factor(publishedAt) : 1));
        Candidate worst = worstFirst.size() < size ? null : worstFirst.peek();
        if (worst != null && (score < worst.score()
                || score == worst.score() && publishedAt < worst.publishedAt())) {
            raiseMinScore();
            return;
        }
        Candidate candidate = new Candidate(docBase + doc, score, publishedAt, idOf(doc));
        if (worst != null && RANKING.compare(candidate, worst) >= 0) {
            raiseMinScore();
            return;
        }
        worstFirst.add(candidate);
        if (worstFirst.size() > size) {
            worstFirst.poll();
        }
        raiseMinScore();
    }

    /**
     * Below this text score a story cannot beat the worst ranked one whatever its date: the worst score divided by
     * the largest factor, two float steps lower so rounding never drops a story that would tie.
     */
    private void raiseMinScore() throws IOException {
        if (worstFirst.size() < size || totalHits < exactHits) {
            return;
        }
        float bound = Math.nextDown(Math.nextDown((float) (worstFirst.peek().score() / recency.maxFactor())));
        if (bound > minTextScore) {
            minTextScore = bound;
            scorer.setMinCompetitiveScore(bound);
        }
    }

    private BytesRef idOf(int doc) throws IOException {
        return ids.advanceExact(doc) ? BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue())) : new BytesRef();
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.TOP_SCORES;
    }
}
