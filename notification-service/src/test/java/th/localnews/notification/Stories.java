package th.localnews.notification;

import java.time.Instant;
import java.util.List;

import th.localnews.events.ArticlePublished;
import th.localnews.events.ArticleSnapshot;
import th.localnews.events.ArticleUpdated;

/** Test stories: a plausible published Thai story, changed only where a test cares. */
public final class Stories {

    private Stories() {
    }

    public static Builder story(long id) {
        return new Builder(id);
    }

    public static final class Builder {
        private final long id;
        private String title = "อบต.บ้านเป็ด เปิดศูนย์พัฒนาเด็กเล็กแห่งใหม่";
        private String summary = "ศูนย์พัฒนาเด็กเล็กแห่งใหม่รับเด็กได้ 120 คน";
        private String section = "local-government";
        private List<String> tags = List.of("การศึกษา");
        private List<String> provinces = List.of("TH-40");
        private boolean breaking;
        private boolean imported;
        private long version = 1;
        private Instant publishedAt = Instant.now();

        private Builder(long id) {
            this.id = id;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder section(String section) {
            this.section = section;
            return this;
        }

        public Builder tags(String... tags) {
            this.tags = List.of(tags);
            return this;
        }

        public Builder provinces(String... provinces) {
            this.provinces = List.of(provinces);
            return this;
        }

        public Builder breaking() {
            this.breaking = true;
            return this;
        }

        public Builder imported() {
            this.imported = true;
            this.publishedAt = Instant.now().minusSeconds(86_400L * 400);
            return this;
        }

        public Builder publishedAt(Instant publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public ArticleSnapshot build() {
            return new ArticleSnapshot(id, "ข่าว-" + id, title, summary, "<p>" + summary + "</p>", section, tags,
                    provinces, List.of("อบต.บ้านเป็ด"), List.of("ผู้สื่อข่าวทดสอบ"), null, breaking,
                    ArticleSnapshot.STATUS_PUBLISHED, version, publishedAt.minusSeconds(600), publishedAt, publishedAt,
                    imported);
        }

        public ArticlePublished published() {
            return ArticlePublished.of(build(), imported ? Instant.now() : publishedAt);
        }

        public ArticleUpdated updated() {
            return new ArticleUpdated(java.util.UUID.randomUUID(), Instant.now(), build());
        }
    }
}
