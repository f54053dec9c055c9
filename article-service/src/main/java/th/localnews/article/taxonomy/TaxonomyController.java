package th.localnews.article.taxonomy;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import th.localnews.events.taxonomy.LocalGovernmentUnitType;
import th.localnews.events.taxonomy.Province;
import th.localnews.events.taxonomy.Provinces;
import th.localnews.events.taxonomy.LocalGovernmentUnitTypes;

/** What an editor may choose from when tagging a story: the same data the validation checks against. */
@RestController
class TaxonomyController {

    private final SectionRepository sections;

    TaxonomyController(SectionRepository sections) {
        this.sections = sections;
    }

    record Taxonomy(List<Section> sections, List<Province> areas, List<LocalGovernmentUnitType> localGovernmentUnitTypes) {
    }

    @GetMapping("/api/newsroom/taxonomy")
    Taxonomy taxonomy() {
        return new Taxonomy(sections.findAll(), Provinces.areas(), LocalGovernmentUnitTypes.all());
    }
}
