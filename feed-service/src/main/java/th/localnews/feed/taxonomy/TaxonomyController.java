package th.localnews.feed.taxonomy;

import java.time.Duration;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import th.localnews.events.taxonomy.Province;
import th.localnews.events.taxonomy.Provinces;
import th.localnews.events.taxonomy.Section;
import th.localnews.events.taxonomy.Sections;

/** The menu's sections and provinces, from the event contract's taxonomy: the same lists every service uses. */
@RestController
class TaxonomyController {

    /** Changes only with a release. */
    private static final CacheControl LONG = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    record SectionJson(String slug, String nameTh, String nameEn) {
    }

    record ProvinceJson(String code, String nameTh, String nameEn) {
    }

    @GetMapping("/api/sections")
    ResponseEntity<List<SectionJson>> sections() {
        return ResponseEntity.ok().cacheControl(LONG).body(Sections.all().stream()
                .map((Section s) -> new SectionJson(s.slug(), s.nameTh(), s.nameEn())).toList());
    }

    /** The 77 provinces; Pattaya (TH-S) is a special city, not a province, and is not listed. */
    @GetMapping("/api/provinces")
    ResponseEntity<List<ProvinceJson>> provinces() {
        return ResponseEntity.ok().cacheControl(LONG).body(Provinces.provinces().stream()
                .map((Province p) -> new ProvinceJson(p.code(), p.nameTh(), p.nameEn())).toList());
    }
}
