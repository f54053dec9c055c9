package th.localnews.feed.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

class ThaiQueryBuilderTest {

    private static final SearchAnalysis ANALYSIS = SearchAnalysis.loadDefault();

    private final ThaiQueryBuilder builder = new ThaiQueryBuilder(ANALYSIS);

    @Test
    void looksForLetterRunsInTheBodyOnlyInTheBroadQuery() {
        AnalyzedQuery query = builder.build("ถนนชำรุด");

        assertThat(fields(query.query())).containsExactlyInAnyOrder("title", "summary", "tags", "places", "body",
                "title_bi", "summary_bi", "tags_bi", "places_bi");
        assertThat(fields(query.broad())).containsExactlyInAnyOrder("title", "summary", "tags", "places", "body",
                "title_bi", "summary_bi", "tags_bi", "places_bi", "body_bi");
    }

    @Test
    void takesAnAbbreviationExpandedOrTypedInFullAsOneUnitOfTheQuery() {
        List<String> longForm = List.of("องค์การ", "บริหาร", "ส่วน", "จังหวัด");

        assertThat(units("นายก อบจ.ขอนแก่น นายก"))
                .containsExactly(List.of("นายก"), longForm, List.of("ขอนแก่น"));
        assertThat(units("นายกองค์การบริหารส่วนจังหวัดขอนแก่น"))
                .containsExactly(List.of("นายก"), longForm, List.of("ขอนแก่น"));
        assertThat(units("ส.อบจ. ส่วน จังหวัด")).containsExactly(
                List.of("สมาชิก", "สภา", "องค์การ", "บริหาร", "ส่วน", "จังหวัด"), List.of("ส่วน"), List.of("จังหวัด"));
    }

    @Test
    void looksForALongFormAsTheOneTokenTheIndexGaveIt() {
        Set<String> expanded = terms(builder.build("นายก อบจ.ขอนแก่น").query());
        Set<String> typed = terms(builder.build("นายกองค์การบริหารส่วนจังหวัดขอนแก่น").query());

        for (String field : List.of("title", "summary", "tags", "places", "body")) {
            assertThat(expanded).contains(field + ":องค์การบริหารส่วนจังหวัด");
            assertThat(typed).contains(field + ":องค์การบริหารส่วนจังหวัด");
        }
        // nor are its words read one by one, in the sloppy phrase of all words either
        assertThat(expanded).doesNotContain("title:องค์การ", "summary:บริหาร", "body:ส่วน");
        // words that are no long form stay a phrase of their words
        assertThat(terms(builder.build("นายก อบต.เกาะเต่า").query())).doesNotContain("title:องค์การบริหารส่วนจังหวัด");
    }

    @Test
    void keepsEveryOtherBigramOfARunAndItsLast() {
        assertThat(ThaiQueryBuilder.sparse(2)).containsExactly(0, 1);
        assertThat(ThaiQueryBuilder.sparse(5)).containsExactly(0, 2, 4);
        assertThat(ThaiQueryBuilder.sparse(6)).containsExactly(0, 2, 4, 5);
    }

    private List<List<String>> units(String text) {
        return builder.units(ANALYSIS.words(text)).stream()
                .map(unit -> unit.stream().map(SearchAnalysis.Token::term).toList()).toList();
    }

    private static Set<String> terms(Query query) {
        Set<String> terms = new TreeSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... leafTerms) {
                for (Term term : leafTerms) {
                    terms.add(term.field() + ":" + term.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return terms;
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
