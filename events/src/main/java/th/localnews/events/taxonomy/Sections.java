package th.localnews.events.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The magazine's sections in menu order, read once from {@code taxonomy/sections.tsv}. */
public final class Sections {

    private static final List<Section> ALL = TaxonomyFiles.rows("taxonomy/sections.tsv", 3).stream()
            .map(row -> new Section(row.get(0), row.get(1), row.get(2)))
            .toList();

    private static final Map<String, Section> BY_SLUG = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Section::slug, Function.identity()));

    private Sections() {
    }

    public static List<Section> all() {
        return ALL;
    }

    public static Optional<Section> bySlug(String slug) {
        return Optional.ofNullable(slug == null ? null : BY_SLUG.get(slug));
    }

    public static boolean isKnown(String slug) {
        return bySlug(slug).isPresent();
    }
}
