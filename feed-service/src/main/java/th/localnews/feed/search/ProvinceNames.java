package th.localnews.feed.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Thai names of the ISO 3166-2:TH province codes, so that "ขอนแก่น" finds a story tagged TH-40. */
final class ProvinceNames {

    static final String RESOURCE = "search/provinces.tsv";

    private final Map<String, String> namesByCode;

    private ProvinceNames(Map<String, String> namesByCode) {
        this.namesByCode = Map.copyOf(namesByCode);
    }

    static ProvinceNames loadDefault() {
        Map<String, String> names = new HashMap<>();
        for (String[] row : SearchResources.rows(RESOURCE)) {
            names.put(row[0].toUpperCase(Locale.ROOT), row[1]);
        }
        return new ProvinceNames(names);
    }

    /** The Thai name for a code; any other value (already a name) as it is. */
    String nameOf(String codeOrName) {
        String trimmed = codeOrName.strip();
        return namesByCode.getOrDefault(trimmed.toUpperCase(Locale.ROOT), trimmed);
    }
}
