package th.localnews.events.taxonomy;

/**
 * A kind of Thai local government, e.g. {@code ทน.} = เทศบาลนคร.
 *
 * @param single true when there is only one body of this kind (เมืองพัทยา, กทม.), so the short form is the
 *               whole unit name; otherwise a unit is the short form followed by a place, e.g. {@code ทน.ขอนแก่น}
 */
public record LocalGovernmentUnitType(String shortForm, String longForm, String nameEn, boolean single) {

    /** Whether {@code unit} (e.g. {@code อบต.บ้านเป็ด}) names a body of this kind. */
    public boolean names(String unit) {
        if (unit == null) {
            return false;
        }
        if (single) {
            return unit.equals(shortForm) || unit.equals(longForm);
        }
        return unit.length() > shortForm.length() && unit.startsWith(shortForm) && !unit.substring(shortForm.length()).isBlank();
    }
}
