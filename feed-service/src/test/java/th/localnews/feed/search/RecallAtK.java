package th.localnews.feed.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** recall@k over a judged query set: per query, relevant stories in the top k / min(k, relevant stories). */
final class RecallAtK {

    @FunctionalInterface
    interface Engine {
        List<String> top(String query, int k) throws Exception;
    }

    record QueryResult(SearchCorpus.JudgedQuery query, double recall, List<String> missed, List<String> top) {
    }

    private final String name;
    private final List<QueryResult> results;

    private RecallAtK(String name, List<QueryResult> results) {
        this.name = name;
        this.results = results;
    }

    static RecallAtK measure(String name, List<SearchCorpus.JudgedQuery> queries, int k, Engine engine)
            throws Exception {
        List<QueryResult> results = new ArrayList<>();
        for (SearchCorpus.JudgedQuery query : queries) {
            List<String> top = engine.top(query.query(), k);
            List<String> missed = query.relevant().stream().filter(id -> !top.contains(id)).toList();
            long found = query.relevant().size() - missed.size();
            double recall = Math.min(1.0, (double) found / Math.min(k, query.relevant().size()));
            results.add(new QueryResult(query, recall, missed, top));
        }
        return new RecallAtK(name, results);
    }

    double mean() {
        return results.stream().mapToDouble(QueryResult::recall).average().orElse(0);
    }

    /** Mean reciprocal rank of the first relevant story: how high the best answer sits, not only whether it is there. */
    double meanReciprocalRank() {
        return results.stream().mapToDouble(r -> {
            for (int i = 0; i < r.top().size(); i++) {
                if (r.query().relevant().contains(r.top().get(i))) {
                    return 1.0 / (i + 1);
                }
            }
            return 0;
        }).average().orElse(0);
    }

    Map<String, Double> meanByKind() {
        return new TreeMap<>(results.stream().collect(Collectors.groupingBy(r -> r.query().kind(),
                Collectors.averagingDouble(QueryResult::recall))));
    }

    List<QueryResult> misses() {
        return results.stream().filter(r -> r.recall() < 1.0).toList();
    }

    String report(boolean withMisses) {
        StringBuilder out = new StringBuilder(String.format("%-46s recall@10 = %.3f  MRR = %.3f  by kind %s%n",
                name, mean(), meanReciprocalRank(),
                meanByKind().entrySet().stream().map(e -> String.format("%s=%.2f", e.getKey(), e.getValue()))
                        .collect(Collectors.joining(" "))));
        if (withMisses) {
            for (QueryResult miss : misses()) {
                out.append(String.format("    miss %-34s recall=%.2f missed=%s top=%s%n", miss.query().query(),
                        miss.recall(), miss.missed(), miss.top()));
            }
        }
        return out.toString();
    }
}
