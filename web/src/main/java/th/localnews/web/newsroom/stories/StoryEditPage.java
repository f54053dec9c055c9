package th.localnews.web.newsroom.stories;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import th.localnews.web.api.Taxonomy;
import th.localnews.web.newsroom.api.NewsroomApiClient;
import th.localnews.web.newsroom.api.NewsroomTypes.Area;
import th.localnews.web.newsroom.api.NewsroomTypes.Section;
import th.localnews.web.newsroom.api.NewsroomTypes.Story;
import th.localnews.web.newsroom.signin.EditorSignIn;

/** The write form's model: the story, the form, the choices, the problems, the schedule. */
@Component
class StoryEditPage {

    static final String VIEW = "newsroom/edit";
    private static final Logger log = LoggerFactory.getLogger(StoryEditPage.class);

    private final NewsroomApiClient api;
    private final Taxonomy readerTaxonomy;
    private final Clock clock;
    private volatile NewsroomChoices choices;

    StoryEditPage(NewsroomApiClient api, Taxonomy readerTaxonomy, Clock clock) {
        this.api = api;
        this.readerTaxonomy = readerTaxonomy;
        this.clock = clock;
    }

    record NewsroomChoices(List<Section> sections, List<Area> areas) {
    }

    String show(Model model, EditorSignIn editor, Story story, StoryForm form) {
        model.addAttribute("story", story);
        model.addAttribute("form", form);
        model.addAttribute("choices", choices(editor));
        model.addAttribute("months", BuddhistEraSchedule.MONTHS);
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        if (!model.containsAttribute("schedule")) {
            model.addAttribute("schedule", story != null && story.scheduledFor() != null
                    ? BuddhistEraSchedule.of(story.scheduledFor()) : BuddhistEraSchedule.suggested(clock.instant()));
        }
        return VIEW;
    }

    /**
     * The newsroom's own lists (they include areas readers do not browse by, such as Pattaya), kept once read:
     * they change only with a release. When they cannot be read, the reader site's lists still let the editor
     * write, rather than losing the form.
     */
    private NewsroomChoices choices(EditorSignIn editor) {
        NewsroomChoices known = choices;
        if (known != null) {
            return known;
        }
        try {
            var taxonomy = api.taxonomy(editor);
            NewsroomChoices fresh = new NewsroomChoices(taxonomy.sections(), taxonomy.areas());
            choices = fresh;
            return fresh;
        } catch (RuntimeException e) {
            log.warn("newsroom taxonomy unavailable, using the reader site's lists: {}", e.toString());
            return new NewsroomChoices(
                    readerTaxonomy.sections().stream().map(s -> new Section(s.slug(), s.nameTh(), s.nameEn())).toList(),
                    readerTaxonomy.provinces().stream().map(p -> new Area(p.code(), p.nameTh(), p.nameEn())).toList());
        }
    }
}
