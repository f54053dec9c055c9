package th.localnews.article.newsroom;

import java.time.Instant;
import java.util.List;

import th.localnews.events.CoverImage;

/** Articles in each status, for domain tests. */
final class ArticleMother {

    static final Instant T0 = Instant.parse("2026-02-14T03:00:00Z");

    private ArticleMother() {
    }

    static ArticleContent content(String title) {
        return new ArticleContent(title, "เทศบาลนครขอนแก่นเตรียมรับมือน้ำท่วม", "<p>เนื้อข่าว</p>", "local-government",
                List.of("น้ำท่วม"), List.of("TH-40"), List.of("ทน.ขอนแก่น"), List.of("กองบรรณาธิการ"),
                new CoverImage("https://img.example/kk.jpg", "ถนนในเมืองขอนแก่น"), false);
    }

    static Article draft() {
        return Article.draft(42, "น้ำท่วมขอนแก่น", content("น้ำท่วมขอนแก่น"), "editor-1", T0);
    }

    static Article scheduled() {
        return draft().schedule(T0.plusSeconds(3600), T0).article();
    }

    static Article published() {
        return draft().publish(T0.plusSeconds(60)).article();
    }

    static Article retracted() {
        return published().retract(T0.plusSeconds(120)).article();
    }
}
