package th.localnews.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import th.localnews.web.support.BrowserSite;

/** A reader in headless Debian Chromium: home page, a story, its date, related block and share bar, search. */
class ReaderSiteBrowserIT extends BrowserSite {

    @Test
    void readerFollowsTheLeadStoryAndSeesDateRelatedStoriesAndShareLinks() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(site("/"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("th");
        screenshot("home-phone");

        browser.findElement(By.linkText("ทน.ขอนแก่น เร่งระบายน้ำท่วมชุมชนบึงแก่นนคร")).click();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                browser.findElement(By.tagName("h1")).getText()).isEqualTo("ทน.ขอนแก่น เร่งระบายน้ำท่วมชุมชนบึงแก่นนคร"));
        // published minutes before the page was opened: exact wording is ThaiDatesTest's job, not a clock race here
        assertThat(browser.findElement(By.cssSelector(".article .ago")).getText()).matches("· \\d+ นาทีที่แล้ว");

        List<WebElement> related = browser.findElements(By.cssSelector(".related .card"));
        assertThat(related).hasSize(4);
        for (WebElement card : related) {
            assertThat(card.findElement(By.cssSelector("h3 a")).getText()).isNotBlank();
            assertThat(card.findElement(By.cssSelector(".excerpt")).getText()).endsWith("…");
            assertThat(card.findElement(By.cssSelector("time")).getText()).matches("\\d{1,2} \\p{IsThai}+ 25\\d\\d");
        }
        assertThat(related.get(0).findElement(By.cssSelector("time")).getText()).isEqualTo("14 กุมภาพันธ์ 2567");

        String canonical = browser.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href");
        assertThat(canonical).startsWith("https://news.example.th/articles/101/");
        String line = browser.findElement(By.cssSelector(".share a.line")).getAttribute("href");
        assertThat(line).isEqualTo("https://social-plugins.line.me/lineit/share?url="
                + URLEncoder.encode(canonical, StandardCharsets.UTF_8));
        List<String> order = browser.findElements(By.cssSelector(".share li:not([hidden]) > *")).stream()
                .map(WebElement::getText).toList();
        assertThat(order).first().isEqualTo("แชร์ทาง LINE");
        assertThat(order).contains("Facebook", "X", "คัดลอกลิงก์");
        screenshot("article-phone");

        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.navigate().refresh();
        screenshot("article-desktop");
    }

    @Test
    void readerSeesABuddhistEraDateOnAnOlderStory() throws IOException {
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(site("/articles/102"));
        assertThat(browser.getCurrentUrl()).contains("/articles/102/");
        assertThat(browser.findElement(By.cssSelector(".article time.published")).getText()).isEqualTo("14 กุมภาพันธ์ 2567");
        browser.get(site("/"));
        screenshot("home-desktop");
    }

    @Test
    void homePageAnnouncesAStoryPublishedWhileItIsOpen() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(site("/"));
        WebElement banner = browser.findElement(By.id("live-banner"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(banner.isDisplayed()).isTrue());
        assertThat(banner.getText()).contains("มีข่าวใหม่", "อบต.ตัวอย่าง ประกาศเปิดรับสมัครงาน");
        screenshot("home-live-banner-phone");
    }

    @Test
    void alertSignUpOffersSectionsAndProvinces() {
        browser.get(site("/alerts"));
        assertThat(browser.findElements(By.cssSelector("input[name=sections]"))).hasSize(6);
        assertThat(browser.findElements(By.cssSelector("input[name=provinces]"))).extracting(e -> e.getAttribute("value"))
                .contains("TH-40", "TH-50");
        assertThat(browser.findElement(By.id("alerts-manage")).isDisplayed()).isFalse();
    }

    @Test
    void readerSearchesForAThaiWord() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(site("/"));
        WebElement box = browser.findElement(By.id("site-search"));
        box.sendKeys("น้ำท่วม", Keys.ENTER);
        // ENTER starts the navigation and returns at once: wait for the results page, not the home page
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(browser.findElements(By.cssSelector(".search-results .card"))).hasSize(2));
        assertThat(browser.findElements(By.cssSelector(".search-results mark")))
                .extracting(WebElement::getText).contains("น้ำท่วม");
        assertThat(browser.findElement(By.cssSelector(".result-count")).getText()).contains("พบ 2 ข่าว");
        screenshot("search-phone");
    }

    @Test
    void missingStoryShowsTheThaiNotFoundPage() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(site("/articles/424242/ไม่มีข่าวนี้"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ไม่พบหน้าที่คุณต้องการ");
        Object fontsReady = ((JavascriptExecutor) browser)
                .executeAsyncScript("var done = arguments[0]; document.fonts.ready.then(function () {"
                        + " done(document.fonts.check('16px Sarabun', 'ก่')); });");
        assertThat(fontsReady).isEqualTo(true);
        screenshot("not-found-phone");
    }
}
