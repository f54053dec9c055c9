package th.localnews.feed.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * The factor a story's text score is multiplied by for being recent:
 * {@code 1 + weight × 0.5^(age / halfLife)}, age = now − publishedAt (never below zero). A story published now
 * gets {@code 1 + weight}, one a half-life old {@code 1 + weight/2}, an old one tends to 1. Being multiplicative,
 * it orders stories of equal relevance by date but lets a clearly better match win over a newer, weaker one;
 * being bounded, years-old stories are not buried below everything else.
 */
final class RecencyBoost extends DoubleValuesSource {

    private final long nowMillis;
    private final double weight;
    private final double halfLifeMillis;

    RecencyBoost(long nowMillis, double weight, double halfLifeMillis) {
        this.nowMillis = nowMillis;
        this.weight = weight;
        this.halfLifeMillis = halfLifeMillis;
    }

    double factor(long publishedAtMillis) {
        double age = Math.max(0, nowMillis - publishedAtMillis);
        return 1 + weight * Math.pow(0.5, age / halfLifeMillis);
    }

    /** The factor of a story published now or later; no story gets more. */
    double maxFactor() {
        return 1 + weight;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues published = DocValues.getNumeric(ctx.reader(), SearchField.PUBLISHED_AT);
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = published.advanceExact(doc) ? factor(published.longValue()) : 1;
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, SearchField.PUBLISHED_AT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecencyBoost other && nowMillis == other.nowMillis
                && weight == other.weight && halfLifeMillis == other.halfLifeMillis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(nowMillis, weight, halfLifeMillis);
    }

    @Override
    public String toString() {
        return "recency(now=" + nowMillis + ", weight=" + weight + ", halfLifeMs=" + halfLifeMillis + ")";
    }
}
