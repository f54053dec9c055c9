package th.localnews.feed.search;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Thai test corpus and judged query set under src/test/resources/search. */
final class SearchCorpus {

    static final List<String> STORY_FILES =
            List.of("search/corpus-1.txt", "search/corpus-2.txt", "search/corpus-3.txt");
    static final String QUERY_FILE = "search/queries.tsv";

    record JudgedQuery(String query, Set<String> relevant, String kind) {
    }

    private SearchCorpus() {
    }

    static List<SearchDocument> stories() {
        List<SearchDocument> stories = new ArrayList<>();
        for (String file : STORY_FILES) {
            Map<String, String> fields = new HashMap<>();
            for (String line : SearchResources.lines(file)) {
                if (line.startsWith("id:") && !fields.isEmpty()) {
                    stories.add(story(fields));
                    fields.clear();
                }
                int colon = line.indexOf(':');
                fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
            if (!fields.isEmpty()) {
                stories.add(story(fields));
            }
        }
        return stories;
    }

    static List<JudgedQuery> queries() {
        List<JudgedQuery> queries = new ArrayList<>();
        for (String[] row : SearchResources.rows(QUERY_FILE)) {
            queries.add(new JudgedQuery(row[0], new LinkedHashSet<>(Arrays.asList(row[1].split(" "))), row[2]));
        }
        return queries;
    }

    private static SearchDocument story(Map<String, String> f) {
        return new SearchDocument(f.get("id"), f.get("title"), f.get("summary"), f.get("body"), f.get("section"),
                list(f.get("tags")), list(f.get("provinces")), list(f.get("units")),
                OffsetDateTime.parse(f.get("date")).toInstant());
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
