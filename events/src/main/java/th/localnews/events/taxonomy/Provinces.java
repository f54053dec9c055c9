package th.localnews.events.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Thailand's 77 provinces (Bangkok included) and Pattaya, read once from {@code taxonomy/provinces.tsv}.
 * The data is a resource rather than an enum so a renamed or new area is a data change every service
 * picks up from the same file.
 */
public final class Provinces {

    private static final List<Province> AREAS = TaxonomyFiles.rows("taxonomy/provinces.tsv", 4).stream()
            .map(row -> new Province(row.get(0), row.get(1), row.get(2), "special-city".equals(row.get(3))))
            .toList();

    private static final Map<String, Province> BY_CODE = AREAS.stream()
            .collect(Collectors.toUnmodifiableMap(Province::code, Function.identity()));

    private Provinces() {
    }

    /** The 77 provinces in code order. */
    public static List<Province> provinces() {
        return AREAS.stream().filter(area -> !area.specialCity()).toList();
    }

    /** The provinces and the special city: every code an article may be tagged with. */
    public static List<Province> areas() {
        return AREAS;
    }

    public static Optional<Province> byCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    public static boolean isKnownArea(String code) {
        return byCode(code).isPresent();
    }
}
