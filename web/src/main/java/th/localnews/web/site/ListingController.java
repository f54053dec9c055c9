package th.localnews.web.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import th.localnews.web.api.ApiTypes.Feed;
import th.localnews.web.api.ApiTypes.Province;
import th.localnews.web.api.ApiTypes.Section;
import th.localnews.web.api.PublicApiClient;
import th.localnews.web.api.PublicApiClient.FeedFilter;
import th.localnews.web.api.Taxonomy;

/** A section's or a province's stories, newest first, one page at a time. */
@Controller
class ListingController {

    static final int PAGE_SIZE = 20;

    private final PublicApiClient api;
    private final Taxonomy taxonomy;

    ListingController(PublicApiClient api, Taxonomy taxonomy) {
        this.api = api;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/sections/{slug}")
    String section(@PathVariable String slug, @RequestParam(required = false) String cursor, Model model) {
        Section section = taxonomy.section(slug).orElseThrow(() -> new PageNotFoundException("section " + slug));
        return listing(section.nameTh(), "/sections/" + section.slug(), new FeedFilter(section.slug(), null), cursor,
                model);
    }

    @GetMapping("/provinces/{code}")
    String province(@PathVariable String code, @RequestParam(required = false) String cursor, Model model) {
        Province province = taxonomy.province(code).orElseThrow(() -> new PageNotFoundException("province " + code));
        // Bangkok is a special administrative area, not a จังหวัด
        String heading = "TH-10".equals(province.code()) ? province.nameTh() : "จังหวัด" + province.nameTh();
        return listing(heading, "/provinces/" + province.code(),
                new FeedFilter(null, province.code()), cursor, model);
    }

    private String listing(String heading, String path, FeedFilter filter, String cursor, Model model) {
        Feed feed = api.feed(filter, cursor, PAGE_SIZE);
        model.addAttribute("heading", heading);
        model.addAttribute("path", path);
        model.addAttribute("stories", feed.items());
        model.addAttribute("nextCursor", feed.nextCursor());
        return "listing";
    }
}
