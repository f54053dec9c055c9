package th.localnews.events.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ProvincesTest {

    @Test
    void listsTheSeventySevenProvincesWithUniqueIsoCodes() {
        assertThat(Provinces.provinces()).hasSize(77);
        Set<String> codes = Provinces.provinces().stream().map(Province::code).collect(Collectors.toSet());
        assertThat(codes).hasSize(77).allMatch(code -> code.matches("TH-\\d{2}"));
    }

    @Test
    void bangkokIsAProvinceAndPattayaIsAKnownAreaButNotAProvince() {
        assertThat(Provinces.byCode("TH-10")).hasValueSatisfying(bangkok -> {
            assertThat(bangkok.nameTh()).isEqualTo("กรุงเทพมหานคร");
            assertThat(bangkok.nameEn()).isEqualTo("Bangkok");
        });
        assertThat(Provinces.provinces()).extracting(Province::code).doesNotContain("TH-S");
        assertThat(Provinces.isKnownArea("TH-S")).isTrue();
        assertThat(Provinces.isKnownArea("TH-99")).isFalse();
    }

    @Test
    void recognisesLocalGovernmentUnitsByTheirShortForm() {
        assertThat(LocalGovernmentUnitTypes.typeOf("ทน.ขอนแก่น")).map(LocalGovernmentUnitType::longForm)
                .hasValue("เทศบาลนคร");
        assertThat(LocalGovernmentUnitTypes.typeOf("อบต.บ้านเป็ด")).map(LocalGovernmentUnitType::longForm)
                .hasValue("องค์การบริหารส่วนตำบล");
        assertThat(LocalGovernmentUnitTypes.typeOf("เมืองพัทยา")).isPresent();
        assertThat(LocalGovernmentUnitTypes.typeOf("กทม.")).map(LocalGovernmentUnitType::longForm)
                .hasValue("กรุงเทพมหานคร");
        assertThat(LocalGovernmentUnitTypes.typeOf("ทน.")).isEmpty();
        assertThat(LocalGovernmentUnitTypes.typeOf("สภากาแฟ")).isEmpty();
        assertThat(LocalGovernmentUnitTypes.all()).hasSize(7);
    }
}
