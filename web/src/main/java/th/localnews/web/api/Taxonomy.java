package th.localnews.web.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.localnews.web.api.ApiTypes.Province;
import th.localnews.web.api.ApiTypes.Section;

/**
 * Sections and provinces for the menu. They change only with a release, so they are kept for an hour; when the API
 * cannot be reached the menu is empty rather than the page (or the error page) failing.
 */
@Component
public class Taxonomy {

    private static final Logger log = LoggerFactory.getLogger(Taxonomy.class);
    private static final Duration KEEP = Duration.ofHours(1);

    private record Lists(List<Section> sections, List<Province> provinces, Instant loadedAt) {
    }

    private final PublicApiClient api;
    private final Clock clock;
    private volatile Lists lists;

    Taxonomy(PublicApiClient api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    public List<Section> sections() {
        return current().sections();
    }

    public List<Province> provinces() {
        return current().provinces();
    }

    public Optional<Section> section(String slug) {
        return sections().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    public Optional<Province> province(String code) {
        return provinces().stream().filter(p -> p.code().equalsIgnoreCase(code)).findFirst();
    }

    public String sectionName(String slug) {
        return section(slug).map(Section::nameTh).orElse(slug);
    }

    private Lists current() {
        Lists known = lists;
        if (known != null && known.loadedAt().plus(KEEP).isAfter(clock.instant())) {
            return known;
        }
        try {
            Lists fresh = new Lists(List.copyOf(api.sections()), List.copyOf(api.provinces()), clock.instant());
            lists = fresh;
            return fresh;
        } catch (RuntimeException e) {
            log.warn("taxonomy unavailable from the API: {}", e.toString());
            return known != null ? known : new Lists(List.of(), List.of(), clock.instant());
        }
    }
}
