package th.localnews.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * G6: every request of the hostile corpus ({@code hostile/corpus.jsonl}, made by {@code corpus/generate.py}) goes
 * through the gateway as written; each must be refused with a 4xx, none may be a 5xx, and no row is written to any
 * database meanwhile.
 */
@ExtendWith(Suite.class)
class HostileInputIT {

    private static final Map<String, List<String>> TABLES = Map.of(
            "article", List.of("article", "article_revision", "outbox_event"),
            "notification", List.of("subscription", "delivery", "digest"));

    @Test
    void everyHostileRequestIsRefusedWithA4xxAndWritesNothing(Suite.Running suite) throws Exception {
        List<JsonNode> corpus = corpus();
        Figures figures = new Figures("g6-hostile-input", "hostile-input corpus through the gateway");
        URI gateway = URI.create(suite.control.publicUrl().replace("localhost", "127.0.0.1"));
        String token = suite.newsroom.token();
        Forgeries forgeries = new Forgeries(token, suite.control.publicUrl(),
                Newsroom.expect(suite.reader.get("/oauth2/jwks"), 200).json());
        Map<String, Long> rowsBefore = rowCounts(suite);

        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Map<String, Integer>> byGroup = new TreeMap<>();
        List<String> notRefused = new ArrayList<>();
        for (JsonNode each : corpus) {
            Map<String, String> headers = headers(each);
            authorization(each.get("auth").asString(), token, forgeries, suite).ifPresent(value ->
                    headers.put("Authorization", value));
            int status = RawHttp.send(gateway, each.get("method").asString(), each.get("path").asString(), headers,
                    body(each), each.path("chunked").asBoolean(false));
            String shown = status == -1 ? "closed" : status / 100 + "xx";
            byStatus.merge(Integer.toString(status), 1, Integer::sum);
            byGroup.computeIfAbsent(each.get("group").asString(), key -> new TreeMap<>()).merge(shown, 1,
                    Integer::sum);
            if (status < 400 || status >= 500) {
                notRefused.add(status + " " + each.get("name").asString());
            }
        }
        Map<String, Long> rowsAfter = rowCounts(suite);

        figures.put("cases", corpus.size()).put("byStatus", byStatus).put("byGroup", byGroup)
                .put("notRefused", notRefused.size()).put("rowsBefore", rowsBefore).put("rowsAfter", rowsAfter)
                .record();

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(2_000);
        assertThat(notRefused).as("requests not answered with a 4xx").isEmpty();
        assertThat(rowsAfter).as("rows written by hostile requests").isEqualTo(rowsBefore);
    }

    private static Optional<String> authorization(String auth, String token, Forgeries forgeries,
                                                  Suite.Running suite) throws Exception {
        if ("none".equals(auth)) {
            return Optional.empty();
        }
        if ("client".equals(auth)) {
            return Optional.of("Bearer " + token);
        }
        return forgeries.header(auth.substring("forged:".length()), suite.control.newsroomClientId(),
                suite.control.newsroomClientSecret());
    }

    private static Map<String, String> headers(JsonNode each) {
        Map<String, String> headers = new LinkedHashMap<>();
        each.path("headers").properties().forEach(entry -> headers.put(entry.getKey(), entry.getValue().asString()));
        return headers;
    }

    private static byte[] body(JsonNode each) {
        JsonNode repeat = each.get("repeat");
        if (repeat != null) {
            String unit = repeat.get("unit").asString();
            StringBuilder body = new StringBuilder(repeat.get("prefix").asString());
            body.append(unit.repeat(repeat.get("times").asInt())).append(repeat.get("suffix").asString());
            return body.toString().getBytes(StandardCharsets.UTF_8);
        }
        JsonNode body = each.get("body");
        return body == null ? null : body.asString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<JsonNode> corpus() throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                HostileInputIT.class.getResourceAsStream("/hostile/corpus.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    cases.add(Http.JSON.readTree(line));
                }
            }
        }
        return cases;
    }

    private static Map<String, Long> rowCounts(Suite.Running suite) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (Map.Entry<String, List<String>> database : TABLES.entrySet()) {
            try (Connection db = suite.database(database.getKey()); Statement query = db.createStatement()) {
                for (String table : database.getValue()) {
                    try (ResultSet row = query.executeQuery("SELECT count(*) FROM " + table)) {
                        row.next();
                        counts.put(database.getKey() + "." + table, row.getLong(1));
                    }
                }
            }
        }
        return counts;
    }
}
