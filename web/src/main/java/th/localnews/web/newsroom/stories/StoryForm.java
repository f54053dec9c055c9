package th.localnews.web.newsroom.stories;

import java.util.Arrays;
import java.util.List;

import th.localnews.web.newsroom.api.NewsroomTypes.CoverImageRequest;
import th.localnews.web.newsroom.api.NewsroomTypes.Story;
import th.localnews.web.newsroom.api.NewsroomTypes.StoryRequest;

/**
 * The write form as posted. Lists the editor types (tags, units, authors) are comma-separated text; provinces
 * are ticked. {@code version} is the story's version when the form was opened, sent back as If-Match.
 */
public record StoryForm(String title, String summary, String body, String section, List<String> provinces, String tags,
        String localGovernmentUnits, String authors, String coverImageUrl, String coverImageAlt, Boolean breaking,
        Long version) {

    public StoryForm {
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        // an unticked checkbox sends nothing at all
        breaking = Boolean.TRUE.equals(breaking);
    }

    static StoryForm empty() {
        return new StoryForm("", "", "", "", List.of(), "", "", "", "", "", false, null);
    }

    static StoryForm of(Story story) {
        return new StoryForm(story.title(), story.summary(), story.body(), story.section(), story.provinces(),
                String.join(", ", story.tags()), String.join(", ", story.localGovernmentUnits()),
                String.join(", ", story.authors()), story.coverImage() == null ? "" : story.coverImage().url(),
                story.coverImage() == null ? "" : story.coverImage().alt(), story.breaking(), story.version());
    }

    /** Blank optional text goes out as absent; validation of what is left is the API's (one set of rules). */
    StoryRequest toRequest() {
        CoverImageRequest cover = blank(coverImageUrl) ? null
                : new CoverImageRequest(coverImageUrl.strip(), blank(coverImageAlt) ? null : coverImageAlt.strip());
        return new StoryRequest(strip(title), blank(summary) ? null : summary.strip(), body == null ? "" : body,
                strip(section), split(tags), provinces, split(localGovernmentUnits), split(authors), cover, breaking.booleanValue());
    }

    public boolean ticked(String province) {
        return provinces.contains(province);
    }

    static List<String> split(String text) {
        if (blank(text)) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
