package th.localnews.article.newsroom;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.localnews.events.ArticleEvent;
import th.localnews.events.ArticleEventCodec;

/**
 * Keeps every event an article caused, in the wire format, so a revision shows exactly what readers were
 * told. Numbered per article; the article row's lock (held by the same transaction) serialises the numbering.
 */
@Repository
class RevisionRepository {

    private final JdbcClient jdbc;
    private final ArticleEventCodec codec = new ArticleEventCodec();

    RevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(ArticleEvent event, String recordedBy) {
        jdbc.sql("""
                INSERT INTO article_revision (article_id, revision, version, event_id, event_type, recorded_at,
                    recorded_by, event)
                SELECT :article, COALESCE(MAX(revision), 0) + 1, :version, :eventId, :type, :at, :by,
                    CAST(:event AS jsonb)
                FROM article_revision WHERE article_id = :article
                """)
                .param("article", event.articleId())
                .param("version", event.version())
                .param("eventId", event.id())
                .param("type", event.eventType())
                .param("at", ArticleRepository.timestamp(event.time()))
                .param("by", recordedBy)
                .param("event", new String(codec.encode(event), StandardCharsets.UTF_8))
                .update();
    }

    List<Revision> list(long articleId) {
        return jdbc.sql("SELECT * FROM article_revision WHERE article_id = ? ORDER BY revision")
                .param(articleId).query(this::map).list();
    }

    Optional<Revision> find(long articleId, int revision) {
        return jdbc.sql("SELECT * FROM article_revision WHERE article_id = ? AND revision = ?")
                .params(articleId, revision).query(this::map).optional();
    }

    private Revision map(ResultSet rs, int n) throws SQLException {
        ArticleEvent event = (ArticleEvent) codec.decode(rs.getString("event").getBytes(StandardCharsets.UTF_8));
        return new Revision(rs.getInt("revision"), rs.getLong("version"), rs.getString("event_type"),
                rs.getObject("event_id", UUID.class), ArticleRepository.instant(rs, "recorded_at"),
                rs.getString("recorded_by"), event.article());
    }
}
