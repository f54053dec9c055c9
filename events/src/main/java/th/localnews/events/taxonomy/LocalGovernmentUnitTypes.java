package th.localnews.events.taxonomy;

import java.util.List;
import java.util.Optional;

/** The kinds of Thai local government, read once from {@code taxonomy/local-government-unit-types.tsv}. */
public final class LocalGovernmentUnitTypes {

    private static final List<LocalGovernmentUnitType> TYPES =
            TaxonomyFiles.rows("taxonomy/local-government-unit-types.tsv", 4).stream()
                    .map(row -> new LocalGovernmentUnitType(row.get(0), row.get(1), row.get(2), "single".equals(row.get(3))))
                    .toList();

    private LocalGovernmentUnitTypes() {
    }

    public static List<LocalGovernmentUnitType> all() {
        return TYPES;
    }

    /** The kind of the unit, e.g. {@code ทน.} for {@code ทน.ขอนแก่น}; empty if the name has no known kind. */
    public static Optional<LocalGovernmentUnitType> typeOf(String unit) {
        return TYPES.stream().filter(type -> type.names(unit)).findFirst();
    }
}
