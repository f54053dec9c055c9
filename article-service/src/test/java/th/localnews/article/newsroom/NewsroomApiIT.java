package th.localnews.article.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import th.localnews.article.support.NewsroomApi;
import th.localnews.article.support.NewsroomIntegrationTest;
import th.localnews.article.support.TestTokens;

@NewsroomIntegrationTest
class NewsroomApiIT {

    private static final String ARTICLES = "/api/newsroom/articles";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    NewsroomApi api;

    @BeforeEach
    void client() {
        api = new NewsroomApi(port);
    }

    @Test
    void aHeadlineOverTwoHundredCharactersIsRejectedAndNothingIsStored() {
        String title = "ข".repeat(201);
        assertFieldProblem(api.create(NewsroomApi.story(title)), "title", "too-long");
        assertThat(storedWithTitle(title)).isZero();
    }

    @Test
    void aBodyOverOneMegabyteIsRejected() {
        Map<String, Object> story = NewsroomApi.story("เนื้อข่าวยาวเกิน");
        story.put("body", "<p>" + "ก".repeat(350_000) + "</p>");
        assertFieldProblem(api.create(story), "body", "too-long");
        assertThat(storedWithTitle("เนื้อข่าวยาวเกิน")).isZero();
    }

    @Test
    void anUnknownProvinceCodeIsRejected() {
        Map<String, Object> story = NewsroomApi.story("จังหวัดที่ไม่มีอยู่จริง");
        story.put("provinces", List.of("TH-40", "TH-99"));
        assertFieldProblem(api.create(story), "provinces[1]", "unknown-province");
        assertThat(storedWithTitle("จังหวัดที่ไม่มีอยู่จริง")).isZero();
    }

    @Test
    void pattayaIsAcceptedAsAnAreaAlongsideItsProvince() {
        Map<String, Object> story = NewsroomApi.story("เมืองพัทยาเปิดเลนจักรยาน");
        story.put("provinces", List.of("TH-20", "TH-S"));
        story.put("localGovernmentUnits", List.of("เมืองพัทยา", "อบจ.ชลบุรี"));
        assertThat(api.create(story).status()).isEqualTo(201);
    }

    @Test
    void aSectionThatDoesNotExistIsRejected() {
        Map<String, Object> story = NewsroomApi.story("หมวดที่ไม่มี");
        story.put("section", "horoscope");
        assertFieldProblem(api.create(story), "section", "unknown-section");
        assertThat(storedWithTitle("หมวดที่ไม่มี")).isZero();
    }

    @Test
    void anUnknownLocalGovernmentUnitIsRejected() {
        Map<String, Object> story = NewsroomApi.story("หน่วยงานแปลก");
        story.put("localGovernmentUnits", List.of("สภากาแฟขอนแก่น"));
        assertFieldProblem(api.create(story), "localGovernmentUnits[0]", "unknown-local-government-unit");
    }

    @Test
    void malformedJsonIsAProblemThatSaysWhere() {
        NewsroomApi.Response response = api.send("POST", ARTICLES, TestTokens.editor(), "{\"title\": \"ข่าว\",",
                "application/json", null);
        assertFieldProblem(response, null, "malformed-json");
    }

    @Test
    void aNumberForTextOrYesNoIsRefusedNotCoerced() {
        Map<String, Object> numberSummary = NewsroomApi.story("โปรยเป็นตัวเลข");
        numberSummary.put("summary", 5);
        assertFieldProblem(api.create(numberSummary), "summary", "malformed-json");
        Map<String, Object> numberBreaking = NewsroomApi.story("ด่วนเป็นตัวเลข");
        numberBreaking.put("breaking", 1);
        assertFieldProblem(api.create(numberBreaking), "breaking", "malformed-json");
        Map<String, Object> numberTags = NewsroomApi.story("แท็กเป็นตัวเลข");
        numberTags.put("tags", List.of(1, 2));
        assertFieldProblem(api.create(numberTags), "tags[0]", "malformed-json");
    }

    @Test
    void aStoryWithoutTheBreakingFlagIsNotBreakingNews() {
        Map<String, Object> story = NewsroomApi.story("ข่าวไม่ระบุด่วน");
        story.remove("breaking");
        NewsroomApi.Response response = api.create(story);
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("breaking").asBoolean()).isFalse();
    }

    @Test
    void aWrongContentTypeIsUnsupportedMediaType() {
        NewsroomApi.Response response = api.send("POST", ARTICLES, TestTokens.editor(), "title=ข่าว",
                "application/x-www-form-urlencoded", null);
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("application/x-www-form-urlencoded");
    }

    @Test
    void statusAndVersionCannotBeSetThroughTheBody() {
        Map<String, Object> story = NewsroomApi.story("พยายามตั้งสถานะเอง");
        story.put("status", "published");
        assertFieldProblem(api.create(story), "status", "read-only");
        assertThat(storedWithTitle("พยายามตั้งสถานะเอง")).isZero();
    }

    @Test
    void aScriptInTheBodyIsStoredSanitisedAndTheEditorIsTold() {
        Map<String, Object> story = NewsroomApi.story("ข่าวที่มีสคริปต์แฝง");
        story.put("body", "<p onclick=\"x()\">ข่าว</p><script>alert('xss')</script>");
        NewsroomApi.Response created = api.create(story);

        assertThat(created.status()).isEqualTo(201);
        JsonNode report = created.json().get("sanitizer");
        assertThat(report.get("removedElements").toString()).contains("script");
        assertThat(report.get("removedAttributes").toString()).contains("p@onclick");
        String stored = jdbc.sql("SELECT body FROM article WHERE id = ?").param(created.id()).query(String.class)
                .single();
        assertThat(stored).isEqualTo("<p>ข่าว</p>");
    }

    @Test
    void replacingNeedsIfMatchAndAStaleVersionIsAPreconditionFailure() {
        long id = api.create(NewsroomApi.story("ทน.นครราชสีมาปรับปรุงสวนสาธารณะ")).id();
        String body = NewsroomApi.json(NewsroomApi.story("ทน.นครราชสีมาปรับปรุงสวนสาธารณะ ระยะที่สอง"));

        assertThat(api.send("PUT", ARTICLES + "/" + id, TestTokens.editor(), body, "application/json", null).status())
                .isEqualTo(428);
        NewsroomApi.Response ok = api.send("PUT", ARTICLES + "/" + id, TestTokens.editor(), body, "application/json",
                "\"1\"");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("ETag")).isEqualTo("\"2\"");
        NewsroomApi.Response stale = api.send("PUT", ARTICLES + "/" + id, TestTokens.editor(), body,
                "application/json", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void retractingADraftIsAConflict() {
        long id = api.create(NewsroomApi.story("ร่างข่าวยังไม่เผยแพร่")).id();
        NewsroomApi.Response response = api.send("POST", ARTICLES + "/" + id + "/retract", TestTokens.editor(), null,
                null, null);
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("status").asString()).isEqualTo("draft");
    }

    @Test
    void theSameHeadlineTwiceGetsTwoDifferentReadableSlugs() {
        NewsroomApi.Response first = api.create(NewsroomApi.story("ฝนตกหนักทั่วภาคอีสาน"));
        NewsroomApi.Response second = api.create(NewsroomApi.story("ฝนตกหนักทั่วภาคอีสาน"));
        assertThat(first.json().get("slug").asString()).isEqualTo("ฝนตกหนักทั่วภาคอีสาน");
        assertThat(second.json().get("slug").asString()).isEqualTo("ฝนตกหนักทั่วภาคอีสาน-" + second.id());
    }

    @Test
    void theNewsroomListFiltersByStatus() {
        long id = api.create(NewsroomApi.story("รายการข่าวตามสถานะ")).id();
        JsonNode drafts = api.send("GET", ARTICLES + "?status=draft", TestTokens.editor(), null, null, null).json();
        assertThat(drafts.findValuesAsString("status")).containsOnly("draft");
        assertThat(drafts.findValues("id")).extracting(JsonNode::asLong).contains(id);
        assertThat(api.send("GET", ARTICLES + "?status=lost", TestTokens.editor(), null, null, null).status())
                .isEqualTo(400);
        NewsroomApi.Response tooMany = api.send("GET", ARTICLES + "?limit=5000", TestTokens.editor(), null, null, null);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
    }

    @Test
    void withoutATokenTheNewsroomIsClosedButHealthIsOpen() {
        NewsroomApi.Response anonymous = api.send("GET", ARTICLES, null, null, null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        NewsroomApi.Response forged = api.send("GET", ARTICLES, "not-a-jwt", null, null, null);
        assertThat(forged.status()).isEqualTo(401);
        NewsroomApi.Response reader = api.send("GET", ARTICLES, TestTokens.reader(), null, null, null);
        assertThat(reader.status()).isEqualTo(403);
        assertThat(reader.json().get("status").asInt()).isEqualTo(403);
        assertThat(api.send("GET", "/actuator/health/liveness", null, null, null, null).status()).isEqualTo(200);
    }

    @Test
    void editorsCanReadTheTaxonomyTheyTagStoriesWith() {
        JsonNode taxonomy = api.send("GET", "/api/newsroom/taxonomy", TestTokens.editor(), null, null, null).json();
        assertThat(taxonomy.get("sections").findValuesAsString("slug")).contains("local-government", "education");
        assertThat(taxonomy.get("areas")).hasSize(78);
        assertThat(taxonomy.get("localGovernmentUnitTypes").findValuesAsString("shortForm"))
                .containsExactly("ทน.", "ทม.", "ทต.", "อบจ.", "อบต.", "เมืองพัทยา", "กทม.");
    }

    @Test
    void theOutboxBacklogIsAMetric() {
        NewsroomApi.Response metrics = api.send("GET", "/actuator/prometheus", null, null, null, null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.rawBody()).contains("newsroom_outbox_pending", "application=\"article-service\"");
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        NewsroomApi.Response docs = api.send("GET", "/v3/api-docs", null, null, null, null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/newsroom/articles")).isTrue();
        assertThat(paths.has("/api/newsroom/articles/{id}/publish")).isTrue();
        assertThat(docs.json().get("components").get("securitySchemes").has("bearer-jwt")).isTrue();
    }

    private long storedWithTitle(String title) {
        return jdbc.sql("SELECT count(*) FROM article WHERE title = ?").param(title).query(Long.class).single();
    }

    private static void assertFieldProblem(NewsroomApi.Response response, String field, String code) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        if (field != null) {
            assertThat(error.get("field").asString()).isEqualTo(field);
        }
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("message").asString()).isNotBlank();
    }
}
