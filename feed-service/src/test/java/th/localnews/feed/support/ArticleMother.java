package th.localnews.feed.support;

import java.time.Instant;
import java.util.List;

import th.localnews.events.ArticlePublished;
import th.localnews.events.ArticleRetracted;
import th.localnews.events.ArticleSnapshot;
import th.localnews.events.ArticleUpdated;
import th.localnews.events.CoverImage;

/** Thai test stories and their events; every value can be changed with a wither-style builder. */
public final class ArticleMother {

    private long id = 1;
    private long version = 1;
    private String slug;
    private String title = "เทศบาลนครขอนแก่นเปิดศูนย์เด็กเล็กแห่งใหม่";
    private String summary = "ทน.ขอนแก่น เปิดศูนย์พัฒนาเด็กเล็กแห่งที่ห้า รองรับเด็ก 120 คน";
    private String body = "<p>เทศบาลนครขอนแก่นเปิดศูนย์พัฒนาเด็กเล็กแห่งใหม่ในชุมชนหนองแวง "
            + "รองรับเด็กอายุสองถึงห้าขวบได้หนึ่งร้อยยี่สิบคน พร้อมครูพี่เลี้ยงที่ผ่านการอบรม</p>";
    private String section = "local-government";
    private List<String> tags = List.of("การศึกษา");
    private List<String> provinces = List.of("TH-40");
    private Instant publishedAt = Instant.parse("2024-02-14T03:00:00Z");
    private boolean imported;

    private ArticleMother() {
    }

    public static ArticleMother story(long id) {
        ArticleMother mother = new ArticleMother();
        mother.id = id;
        return mother;
    }

    public ArticleMother version(long value) {
        version = value;
        return this;
    }

    public ArticleMother slug(String value) {
        slug = value;
        return this;
    }

    public ArticleMother title(String value) {
        title = value;
        return this;
    }

    public ArticleMother body(String value) {
        body = value;
        return this;
    }

    public ArticleMother section(String value) {
        section = value;
        return this;
    }

    public ArticleMother tags(String... values) {
        tags = List.of(values);
        return this;
    }

    public ArticleMother provinces(String... values) {
        provinces = List.of(values);
        return this;
    }

    public ArticleMother publishedAt(Instant value) {
        publishedAt = value;
        return this;
    }

    public ArticleMother imported() {
        imported = true;
        return this;
    }

    public ArticleSnapshot snapshot(String status) {
        return new ArticleSnapshot(id, slug == null ? "ข่าว-" + id : slug, title, summary, body, section, tags,
                provinces, List.of("ทน.ขอนแก่น"), List.of("สุดารัตน์ ศรีสุข"),
                new CoverImage("https://media.localnews.example/" + id + ".jpg", "ภาพข่าว"), false, status, version,
                publishedAt.minusSeconds(3600), publishedAt.plusSeconds(version), publishedAt, imported);
    }

    public ArticlePublished published() {
        return ArticlePublished.of(snapshot(ArticleSnapshot.STATUS_PUBLISHED), publishedAt);
    }

    public ArticleUpdated updated() {
        return ArticleUpdated.of(snapshot(ArticleSnapshot.STATUS_PUBLISHED), publishedAt.plusSeconds(version));
    }

    public ArticleRetracted retracted() {
        return ArticleRetracted.of(snapshot(ArticleSnapshot.STATUS_RETRACTED), publishedAt.plusSeconds(version));
    }
}
