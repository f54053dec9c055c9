package th.localnews.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static th.localnews.feed.support.ArticleMother.story;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;

import th.localnews.feed.support.ArticleLogProducer;
import th.localnews.feed.view.ArticleView;
import th.localnews.testkit.IntegrationTest;

/** Bad input never yields a 500, errors are problem details, and cached responses revalidate with ETags. */
@IntegrationTest
class ReaderApiIT {

    private static final long ID = System.currentTimeMillis() % 1_000_000 * 1_000 + 700;

    @Autowired
    WebApplicationContext context;

    @Autowired
    ArticleView view;

    MockMvc mvc;

    @BeforeEach
    void publishOneStory() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
        if (view.byId(ID).isEmpty()) {
            try (ArticleLogProducer log = new ArticleLogProducer()) {
                log.send(story(ID).slug("ข่าว-" + ID).title("ถนนสาย ๑ ขอนแก่น <ซ่อมเสร็จ> & เปิดใช้").section("infrastructure")
                        .publishedAt(Instant.now().minusSeconds(30)).published());
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> view.byId(ID).isPresent());
        }
    }

    @Test
    void unknownStoriesAndSectionsAre404ProblemDetails() throws Exception {
        for (String path : new String[] {"/api/articles/999999999999", "/api/articles/ไม่มีข่าวนี้",
                "/api/articles/99999999999999999999999", "/sections/sport/rss.xml"}) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void badFeedParametersAre400ProblemDetailsWithACode() throws Exception {
        assertProblem("/api/articles?cursor=garbage", "feed.cursor-invalid");
        assertProblem("/api/articles?limit=0", "feed.limit-out-of-range");
        assertProblem("/api/articles?limit=51", "feed.limit-out-of-range");
        assertThat(response("/api/articles?limit=abc").getStatus()).isEqualTo(400);
        assertThat(response("/api/articles?limit=50").getStatus()).isEqualTo(200);
        assertProblem("/api/articles?section=%3Cscript%3E", "feed.unknown-section");
        assertProblem("/api/articles?province=TH-99", "feed.unknown-province");
        assertThat(response("/api/articles?section=local-government&province=TH-40").getStatus()).isEqualTo(200);
        assertThat(response("/api/articles?province=TH-S").getStatus()).as("Pattaya").isEqualTo(200);
    }

    @Test
    void searchRejectsHugeOrBlankQueriesAndTakesQuerySyntaxAsPlainText() throws Exception {
        assertProblem("/api/search?q=" + "ก".repeat(10_240), "search.query-too-long");
        assertProblem("/api/search?q=", "search.query-blank");
        assertThat(mvc.perform(get("/api/search").param("q", " \t ")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
        assertProblem("/api/search?q=ถนน&cursor=garbage", "search.cursor-invalid");
        for (String lucene : new String[] {"title:(ถนน OR ขอนแก่น)^3", "\"ถนน", "*:*", "ถนน~2 AND -", "[a TO z]", "\\"}) {
            assertThat(mvc.perform(get("/api/search").param("q", lucene)).andReturn().getResponse().getStatus())
                    .as(lucene).isEqualTo(200);
        }
        assertThat(response("/api/search?q=ขอนแก่น").getContentAsString(StandardCharsets.UTF_8)).contains("\"id\":" + ID);
    }

    @Test
    void responsesCarryStrongETagsAndRevalidateWith304() throws Exception {
        for (String path : new String[] {"/api/articles", "/api/articles/" + ID, "/rss.xml", "/sitemap.xml"}) {
            MockHttpServletResponse first = response(path);
            String etag = first.getHeader(HttpHeaders.ETAG);
            assertThat(etag).as(path).matches("\"[A-Za-z0-9_-]+\"");
            assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).as(path).contains("max-age");
            assertThat(response(path).getHeader(HttpHeaders.ETAG)).as(path).isEqualTo(etag);
            MockHttpServletResponse again = mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag))
                    .andReturn().getResponse();
            assertThat(again.getStatus()).as(path).isEqualTo(304);
            assertThat(again.getContentAsByteArray()).isEmpty();
        }
    }

    @Test
    void rssAndSitemapAreValidXmlWithThaiIntactAndTheRightDateFormats() throws Exception {
        Document rss = xml("/rss.xml");
        assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        String rssText = rss.getDocumentElement().getTextContent();
        assertThat(rssText).contains("ถนนสาย ๑ ขอนแก่น <ซ่อมเสร็จ> & เปิดใช้")
                .containsPattern("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        assertThat(response("/rss.xml").getContentType()).startsWith("application/rss+xml");
        assertThat(response("/sections/infrastructure/rss.xml").getContentAsString(StandardCharsets.UTF_8))
                .contains("/articles/" + ID + "/");

        Document sitemap = xml("/sitemap.xml");
        String news = "http://www.google.com/schemas/sitemap-news/0.9";
        assertThat(sitemap.getElementsByTagNameNS(news, "publication_date").getLength()).isPositive();
        assertThat(sitemap.getElementsByTagNameNS(news, "language").item(0).getTextContent()).isEqualTo("th");
        assertThat(sitemap.getDocumentElement().getTextContent())
                .containsPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")
                .contains("http://localhost:8080/articles/" + ID + "/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7-" + ID);
    }

    @Test
    void taxonomyListsTwelveSectionsAndSeventySevenProvinces() throws Exception {
        String sections = response("/api/sections").getContentAsString(StandardCharsets.UTF_8);
        assertThat(sections.split("\"slug\"")).hasSize(13);
        assertThat(sections).contains("{\"slug\":\"local-government\",\"nameTh\":\"การปกครองท้องถิ่น\"");
        String provinces = response("/api/provinces").getContentAsString(StandardCharsets.UTF_8);
        assertThat(provinces.split("\"code\"")).hasSize(78);
        assertThat(provinces).contains("{\"code\":\"TH-40\",\"nameTh\":\"ขอนแก่น\",\"nameEn\":\"Khon Kaen\"}");
    }

    private Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response(path).getContentAsByteArray()));
    }

    private void assertProblem(String path, String code) throws Exception {
        MockHttpServletResponse response = response(path);
        assertThat(response.getStatus()).as(path).isEqualTo(400);
        assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(path).contains("\"code\":\"" + code + "\"");
    }

    private MockHttpServletResponse response(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }
}
