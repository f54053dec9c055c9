package th.localnews.events;

import java.time.Instant;
import java.util.List;

/** Test snapshots: a plausible published story, changed only where a test cares. */
final class ArticleSnapshotMother {

    private ArticleSnapshotMother() {
    }

    static Builder aPublishedStory() {
        return new Builder();
    }

    static final class Builder {
        private long id = 3001;
        private String title = "อบต.บ้านเป็ด เปิดศูนย์พัฒนาเด็กเล็กแห่งใหม่";
        private List<String> tags = List.of("การศึกษา", "เด็กเล็ก");
        private List<String> provinces = List.of("TH-40");
        private CoverImage coverImage = new CoverImage("https://media.localnews.example/test/cover.jpg",
                "อาคารศูนย์พัฒนาเด็กเล็กหลังใหม่", 1200, 675);
        private boolean breaking;
        private String status = ArticleSnapshot.STATUS_PUBLISHED;
        private long version = 1;
        private Instant publishedAt = Instant.parse("2024-05-01T02:00:00Z");
        private boolean imported;

        Builder id(long id) {
            this.id = id;
            return this;
        }

        Builder title(String title) {
            this.title = title;
            return this;
        }

        Builder tags(String... tags) {
            this.tags = List.of(tags);
            return this;
        }

        Builder provinces(String... provinces) {
            this.provinces = List.of(provinces);
            return this;
        }

        Builder coverImage(CoverImage coverImage) {
            this.coverImage = coverImage;
            return this;
        }

        Builder breaking() {
            this.breaking = true;
            return this;
        }

        Builder retracted() {
            this.status = ArticleSnapshot.STATUS_RETRACTED;
            return this;
        }

        Builder version(long version) {
            this.version = version;
            return this;
        }

        Builder importedAsOf(Instant originalPublication) {
            this.imported = true;
            this.publishedAt = originalPublication;
            return this;
        }

        ArticleSnapshot build() {
            return new ArticleSnapshot(id, "อบต.บ้านเป็ด-เปิดศูนย์พัฒนาเด็กเล็ก", title,
                    "ศูนย์พัฒนาเด็กเล็กแห่งใหม่รับเด็กได้ 120 คน", "<p>อบต.บ้านเป็ดเปิดศูนย์พัฒนาเด็กเล็กแห่งใหม่</p>",
                    "local-government", tags, provinces, List.of("อบต.บ้านเป็ด"), List.of("ผู้สื่อข่าวทดสอบ"),
                    coverImage, breaking, status, version, publishedAt.minusSeconds(3600), publishedAt,
                    publishedAt, imported);
        }

        ArticlePublished published() {
            return ArticlePublished.of(build(), publishedAt.plusMillis(250));
        }
    }
}
