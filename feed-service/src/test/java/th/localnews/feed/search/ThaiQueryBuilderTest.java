package th.localnews.feed.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

class ThaiQueryBuilderTest {

    private final ThaiQueryBuilder builder = new ThaiQueryBuilder(SearchAnalysis.loadDefault());

    @Test
    void looksForLetterRunsInTheBodyOnlyInTheBroadQuery() {
        AnalyzedQuery query = builder.build("ถนนชำรุด");

        assertThat(fields(query.query())).containsExactlyInAnyOrder("title", "summary", "tags", "places", "body",
                "title_bi", "summary_bi", "tags_bi", "places_bi");
        assertThat(fields(query.broad())).containsExactlyInAnyOrder("title", "summary", "tags", "places", "body",
                "title_bi", "summary_bi", "tags_bi", "places_bi", "body_bi");
    }

    private static Set<String> fields(Query query) {
        Set<String> fields = new TreeSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return fields;
    }
}
