package th.localnews.web.site;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import th.localnews.web.WebProperties;
import th.localnews.web.api.ApiTypes.Province;
import th.localnews.web.api.ApiTypes.Section;
import th.localnews.web.api.Taxonomy;

/** What every page's header and footer need: the menu, the magazine's name, tagline and address. */
@ControllerAdvice
class SiteModelAdvice {

    private final WebProperties properties;
    private final Taxonomy taxonomy;

    SiteModelAdvice(WebProperties properties, Taxonomy taxonomy) {
        this.properties = properties;
        this.taxonomy = taxonomy;
    }

    @ModelAttribute("site")
    WebProperties site() {
        return properties;
    }

    @ModelAttribute("menuSections")
    List<Section> sections() {
        return taxonomy.sections();
    }

    @ModelAttribute("menuProvinces")
    List<Province> provinces() {
        return taxonomy.provinces();
    }
}
