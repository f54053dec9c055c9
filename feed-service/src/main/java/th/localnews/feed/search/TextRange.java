package th.localnews.feed.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A matched stretch of a text, [start, end) in chars. */
record TextRange(int start, int end) {

    /** Sorted, with overlapping and touching ranges joined and empty ones dropped. */
    static List<TextRange> merge(List<TextRange> ranges) {
        List<TextRange> sorted = new ArrayList<>(ranges.stream().filter(r -> r.end() > r.start()).toList());
        sorted.sort(Comparator.comparingInt(TextRange::start).thenComparingInt(TextRange::end));
        List<TextRange> merged = new ArrayList<>();
        for (TextRange range : sorted) {
            TextRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range.start() <= last.end()) {
                merged.set(merged.size() - 1, new TextRange(last.start(), Math.max(last.end(), range.end())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }
}
