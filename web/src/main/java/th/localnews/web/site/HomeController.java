package th.localnews.web.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import th.localnews.web.api.ApiTypes.Feed;
import th.localnews.web.api.ApiTypes.StorySummary;
import th.localnews.web.api.PublicApiClient;
import th.localnews.web.api.PublicApiClient.FeedFilter;
import th.localnews.web.api.Taxonomy;

/** The front page: the lead story, the latest ones, then the newest of each section, from one feed request. */
@Controller
class HomeController {

    static final int FEED_SIZE = 50;
    static final int LATEST = 8;
    static final int PER_SECTION = 3;

    private final PublicApiClient api;
    private final Taxonomy taxonomy;

    HomeController(PublicApiClient api, Taxonomy taxonomy) {
        this.api = api;
        this.taxonomy = taxonomy;
    }

    record SectionBlock(String slug, String name, List<StorySummary> stories) {
    }

    @GetMapping("/")
    String home(Model model) {
        Feed feed = api.feed(FeedFilter.ALL, null, FEED_SIZE);
        List<StorySummary> stories = feed.items();
        model.addAttribute("lead", stories.isEmpty() ? null : stories.get(0));
        model.addAttribute("latest", stories.stream().skip(1).limit(LATEST).toList());
        model.addAttribute("bySection", bySection(stories.stream().skip(1 + LATEST).toList()));
        return "home";
    }

    private List<SectionBlock> bySection(List<StorySummary> rest) {
        Map<String, List<StorySummary>> grouped = new LinkedHashMap<>();
        for (StorySummary story : rest) {
            List<StorySummary> block = grouped.computeIfAbsent(story.section(), s -> new java.util.ArrayList<>());
            if (block.size() < PER_SECTION) {
                block.add(story);
            }
        }
        return grouped.entrySet().stream()
                .map(e -> new SectionBlock(e.getKey(), taxonomy.sectionName(e.getKey()), e.getValue())).toList();
    }
}
