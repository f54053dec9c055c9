package th.localnews.article.newsroom;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.localnews.events.CoverImage;

/** Articles in PostgreSQL; every write checks the version it started from (optimistic concurrency). */
@Repository
class ArticleRepository {

    private static final String COLUMNS = """
            id, slug, title, summary, body, section, tags, provinces, local_government_units, authors, cover_url,
            cover_alt, cover_width, cover_height, breaking, status, version, created_by, created_at, updated_at,
            published_at, scheduled_for, imported""";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextId() {
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence('article', 'id'))").query(Long.class).single();
    }

    boolean slugTakenByAnother(String slug, long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM article WHERE slug = ? AND id <> ?)").params(slug, id)
                .query(Boolean.class).single();
    }

    void insert(Article article) {
        jdbc.sql("INSERT INTO article (" + COLUMNS + ") VALUES (:id, :slug, :title, :summary, :body, :section, "
                        + ":tags, :provinces, :lgus, :authors, :coverUrl, :coverAlt, :coverWidth, :coverHeight, "
                        + ":breaking, :status, :version, :createdBy, :createdAt, :updatedAt, :publishedAt, "
                        + ":scheduledFor, :imported)")
                .params(parameters(article.state()))
                .update();
    }

    /** @throws VersionConflictException if someone else changed the article since {@code expectedVersion} */
    void update(Article article, long expectedVersion) {
        int updated = jdbc.sql("""
                UPDATE article SET slug = :slug, title = :title, summary = :summary, body = :body,
                    section = :section, tags = :tags, provinces = :provinces, local_government_units = :lgus,
                    authors = :authors, cover_url = :coverUrl, cover_alt = :coverAlt, cover_width = :coverWidth,
                    cover_height = :coverHeight, breaking = :breaking, status = :status, version = :version,
                    updated_at = :updatedAt, published_at = :publishedAt, scheduled_for = :scheduledFor
                WHERE id = :id AND version = :expectedVersion
                """)
                .params(parameters(article.state()))
                .param("expectedVersion", expectedVersion)
                .update();
        if (updated != 1) {
            throw new VersionConflictException(article.id(), expectedVersion);
        }
    }

    Optional<Article> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE id = ?").param(id).query(this::map).optional();
    }

    List<Article> list(Optional<ArticleStatus> status, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE (CAST(:status AS text) IS NULL OR status = :status) "
                        + "ORDER BY updated_at DESC, id DESC LIMIT :limit")
                .param("status", status.map(ArticleStatus::wireName).orElse(null))
                .param("limit", limit)
                .query(this::map).list();
    }

    /**
     * Locks due scheduled stories for the caller's transaction. SKIP LOCKED lets a second instance take other
     * rows instead of waiting for these, and never the same row twice.
     */
    List<Article> lockDue(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE status = 'scheduled' AND scheduled_for <= ? "
                        + "ORDER BY scheduled_for, id LIMIT ? FOR UPDATE SKIP LOCKED")
                .params(timestamp(now), limit)
                .query(this::map).list();
    }

    private static Map<String, Object> parameters(ArticleState s) {
        ArticleContent c = s.content();
        CoverImage cover = c.coverImage();
        Map<String, Object> p = new HashMap<>();
        p.put("id", s.id());
        p.put("slug", s.slug());
        p.put("title", c.title());
        p.put("summary", c.summary());
        p.put("body", c.body());
        p.put("section", c.section());
        p.put("tags", c.tags().toArray(String[]::new));
        p.put("provinces", c.provinces().toArray(String[]::new));
        p.put("lgus", c.localGovernmentUnits().toArray(String[]::new));
        p.put("authors", c.authors().toArray(String[]::new));
        p.put("coverUrl", cover == null ? null : cover.url());
        p.put("coverAlt", cover == null ? null : cover.alt());
        p.put("coverWidth", cover == null ? null : cover.width());
        p.put("coverHeight", cover == null ? null : cover.height());
        p.put("breaking", c.breaking());
        p.put("status", s.status().wireName());
        p.put("version", s.version());
        p.put("createdBy", s.createdBy());
        p.put("createdAt", timestamp(s.createdAt()));
        p.put("updatedAt", timestamp(s.updatedAt()));
        p.put("publishedAt", timestamp(s.publishedAt()));
        p.put("scheduledFor", timestamp(s.scheduledFor()));
        p.put("imported", s.imported());
        return p;
    }

    private Article map(ResultSet rs, int n) throws SQLException {
        String coverUrl = rs.getString("cover_url");
        CoverImage cover = coverUrl == null ? null : new CoverImage(coverUrl, rs.getString("cover_alt"),
                rs.getObject("cover_width", Integer.class), rs.getObject("cover_height", Integer.class));
        ArticleContent content = new ArticleContent(rs.getString("title"), rs.getString("summary"),
                rs.getString("body"), rs.getString("section"), strings(rs.getArray("tags")),
                strings(rs.getArray("provinces")), strings(rs.getArray("local_government_units")),
                strings(rs.getArray("authors")), cover, rs.getBoolean("breaking"));
        return Article.restore(new ArticleState(rs.getLong("id"), rs.getString("slug"), content,
                ArticleStatus.fromWireName(rs.getString("status")).orElseThrow(), rs.getLong("version"),
                rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "published_at"), instant(rs, "scheduled_for"), rs.getBoolean("imported")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
