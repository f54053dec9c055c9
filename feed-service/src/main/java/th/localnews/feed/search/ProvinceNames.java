package th.localnews.feed.search;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import th.localnews.events.taxonomy.Province;
import th.localnews.events.taxonomy.Provinces;

/** Thai names of the ISO 3166-2:TH province codes, so that "ขอนแก่น" finds a story tagged TH-40. */
final class ProvinceNames {

    private final Map<String, String> namesByCode;

    private ProvinceNames(Map<String, String> namesByCode) {
        this.namesByCode = Map.copyOf(namesByCode);
    }

    /** The names from the event contract's taxonomy, the one list every service shares. */
    static ProvinceNames loadDefault() {
        return new ProvinceNames(Provinces.areas().stream()
                .collect(Collectors.toMap(p -> p.code().toUpperCase(Locale.ROOT), Province::nameTh, (a, b) -> a)));
    }

    /** The Thai name for a code; any other value (already a name) as it is. */
    String nameOf(String codeOrName) {
        String trimmed = codeOrName.strip();
        return namesByCode.getOrDefault(trimmed.toUpperCase(Locale.ROOT), trimmed);
    }
}
