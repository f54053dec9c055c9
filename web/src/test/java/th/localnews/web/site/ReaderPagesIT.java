package th.localnews.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import th.localnews.web.support.RunningSite;

/** The pages over plain HTTP against the loopback fake API: statuses, redirects, escaping, headers. */
class ReaderPagesIT extends RunningSite {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(site(path))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void unknownArticleIsAThai404Page() throws Exception {
        HttpResponse<String> response = get("/articles/999999/ไม่มี");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("lang=\"th\"", "ไม่พบหน้าที่คุณต้องการ").doesNotContain("Exception");
    }

    @Test
    void unmappedPathIsAThai404Page() throws Exception {
        HttpResponse<String> response = get("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("ไม่พบหน้าที่คุณต้องการ");
    }

    @Test
    void staleSlugRedirectsPermanentlyToTheCanonicalSlug() throws Exception {
        HttpResponse<String> response = get("/articles/102/" + encode("ชื่อเก่า"));
        assertThat(response.statusCode()).isEqualTo(301);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(URI.create(location).getPath()).isEqualTo("/articles/102/อบจ.เชียงใหม่-เปิดศูนย์เรียนรู้ภาษาล้านนา");
    }

    @Test
    void articleCarriesOpenGraphCanonicalAndNewsArticleJsonLd() throws Exception {
        HttpResponse<String> response = get("/articles/102/" + encode("อบจ.เชียงใหม่-เปิดศูนย์เรียนรู้ภาษาล้านนา"));
        assertThat(response.statusCode()).isEqualTo(200);
        String canonical = "https://news.example.th/articles/102/"
                + encode("อบจ.เชียงใหม่-เปิดศูนย์เรียนรู้ภาษาล้านนา").replace("+", "%20");
        assertThat(response.body())
                .contains("<link rel=\"canonical\" href=\"" + canonical + "\"")
                .contains("<meta property=\"og:title\" content=\"อบจ.เชียงใหม่ เปิดศูนย์เรียนรู้ภาษาล้านนาแห่งแรก\"")
                .contains("<meta property=\"og:url\" content=\"" + canonical + "\"")
                .contains("<meta name=\"twitter:card\"")
                .contains("\"@type\":\"NewsArticle\"")
                .contains("14 กุมภาพันธ์ 2567");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
    }

    @Test
    void tenKilobyteSearchQueryIsAThai400PageWithoutStackTrace() throws Exception {
        HttpResponse<String> response = get("/search?q=" + "x".repeat(10 * 1024));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("คำค้นยาวเกินไป").doesNotContain("Exception", "at th.localnews");
    }

    @Test
    void longThaiSearchQueryIsAThai400Page() throws Exception {
        HttpResponse<String> response = get("/search?q=" + encode("น้ำท่วม".repeat(150)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("คำค้นยาวเกินไป");
    }

    @Test
    void markupInTheSearchQueryIsEscaped() throws Exception {
        HttpResponse<String> response = get("/search?q=" + encode("<script>alert(1)</script>"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void staticFilesHaveVersionedUrlsCachedForAYear() throws Exception {
        String page = get("/").body();
        Matcher css = Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"").matcher(page);
        assertThat(css.find()).as("versioned stylesheet link in %s", page).isTrue();
        HttpResponse<String> response = get(css.group(1));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
        assertThat(response.body()).containsPattern("fonts/sarabun-thai-400-normal-[0-9a-f]{32}\\.woff2");
    }

    @Test
    void serviceWorkerIsServedFromTheRootAndRevalidated() throws Exception {
        HttpResponse<String> response = get("/sw.js");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(response.body()).contains("showNotification");
    }

    @Test
    void provincePageListsOnlyThatProvince() throws Exception {
        HttpResponse<String> response = get("/provinces/TH-50");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("จังหวัดเชียงใหม่", "เปิดศูนย์เรียนรู้ภาษาล้านนา").doesNotContain("บั้งไฟ");
    }

    @Test
    void unknownSectionIsA404() throws Exception {
        assertThat(get("/sections/no-such-section").statusCode()).isEqualTo(404);
    }
}
