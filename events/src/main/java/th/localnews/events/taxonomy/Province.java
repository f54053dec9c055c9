package th.localnews.events.taxonomy;

/**
 * A first-level administrative area with its ISO 3166-2:TH code.
 *
 * @param specialCity true for Pattaya ({@code TH-S}), which governs itself but is not one of the 77 provinces
 */
public record Province(String code, String nameTh, String nameEn, boolean specialCity) {
}
