package th.localnews.article.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodySanitizerTest {

    private final BodySanitizer sanitizer = new BodySanitizer();

    @Test
    void keepsWhatANewsStoryNeeds() {
        String html = "<h2>หัวข้อ</h2><p>ย่อหน้า <strong>สำคัญ</strong></p><ul><li>หนึ่ง</li></ul>"
                + "<figure><img src=\"https://img.example/a.jpg\" alt=\"ภาพ\" /><figcaption>คำบรรยาย</figcaption></figure>"
                + "<blockquote>คำพูด</blockquote><table><tr><td>1</td></tr></table>";

        Sanitized result = sanitizer.sanitize(html);

        assertThat(result.report().changed()).isFalse();
        assertThat(result.html()).contains("<h2>", "<strong>", "<li>", "<figure>", "<img", "<figcaption>",
                "<blockquote>", "<td>");
    }

    @Test
    void removesScriptsStylesAndEventHandlersAndSaysSo() {
        Sanitized result = sanitizer.sanitize("<p onclick=\"steal()\">ข่าว</p><script>alert(1)</script>"
                + "<style>p{}</style>");

        assertThat(result.html()).isEqualTo("<p>ข่าว</p>");
        assertThat(result.report().removedElements()).contains("script", "style");
        assertThat(result.report().removedAttributes()).contains("p@onclick");
    }

    @Test
    void removesJavascriptAndDataUrlsAndMarksLinksNoopenerNofollow() {
        Sanitized result = sanitizer.sanitize("<a href=\"javascript:alert(1)\">x</a>"
                + "<img src=\"data:image/png;base64,AAAA\" alt=\"a\"><a href=\"https://example.org\">ok</a>");

        assertThat(result.html()).doesNotContain("javascript:", "data:");
        assertThat(result.html()).contains("href=\"https://example.org\"").contains("noopener").contains("nofollow");
        // a link left with no safe target is unwrapped: its text stays, the element is reported
        assertThat(result.html()).startsWith("x<");
        assertThat(result.report().removedElements()).contains("a");
        assertThat(result.report().removedAttributes()).contains("img@src");
    }
}
