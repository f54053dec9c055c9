package th.localnews.article.taxonomy;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sections live in a table seeded by Flyway, so adding one is a migration, not a release of every client. */
@Repository
public class SectionRepository {

    private final JdbcClient jdbc;

    SectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Section> findAll() {
        return jdbc.sql("SELECT slug, name_th, name_en FROM section ORDER BY position")
                .query((rs, n) -> new Section(rs.getString("slug"), rs.getString("name_th"), rs.getString("name_en")))
                .list();
    }

    public boolean exists(String slug) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM section WHERE slug = ?)").param(slug)
                .query(Boolean.class).single();
    }
}
