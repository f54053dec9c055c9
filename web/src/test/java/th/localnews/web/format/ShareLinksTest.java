package th.localnews.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShareLinksTest {

    private static final String URL = "https://news.example.th/articles/101/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7";

    @Test
    void lineLinkCarriesTheUrlEncodedCanonicalUrl() {
        assertThat(ShareLinks.of(URL, "ข่าว").line()).isEqualTo("https://social-plugins.line.me/lineit/share?url="
                + "https%3A%2F%2Fnews.example.th%2Farticles%2F101%2F%25E0%25B8%2582%25E0%25B9%2588%25E0%25B8%25B2%25E0%25B8%25A7");
    }

    @Test
    void facebookAndXLinksCarryTheSameUrl() {
        ShareLinks links = ShareLinks.of(URL, "ข่าว ด่วน");
        assertThat(links.facebook()).startsWith("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.th");
        assertThat(links.x()).startsWith("https://x.com/intent/post?url=https%3A%2F%2Fnews.example.th")
                .endsWith("&text=%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7%20%E0%B8%94%E0%B9%88%E0%B8%A7%E0%B8%99");
    }
}
