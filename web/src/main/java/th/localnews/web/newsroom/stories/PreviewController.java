package th.localnews.web.newsroom.stories;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import th.localnews.web.api.ApiTypes.Article;
import th.localnews.web.api.ApiTypes.StorySummary;
import th.localnews.web.api.PublicApiClient;
import th.localnews.web.api.PublicApiClient.FeedFilter;
import th.localnews.web.format.ThaiDates;
import th.localnews.web.newsroom.api.NewsroomApiClient;
import th.localnews.web.newsroom.api.NewsroomTypes.Revision;
import th.localnews.web.newsroom.api.NewsroomTypes.Story;
import th.localnews.web.newsroom.signin.EditorSignIn;
import th.localnews.web.site.ArticlePage;

/**
 * The preview and the revisions, rendered by the reader's own article template ({@link ArticlePage}), so the
 * editor sees the Buddhist-era date, the share bar and the related block exactly as readers will.
 */
@Controller
class PreviewController {

    private final NewsroomApiClient api;
    private final PublicApiClient publicApi;
    private final ArticlePage articlePage;
    private final ThaiDates dates;
    private final Clock clock;

    PreviewController(NewsroomApiClient api, PublicApiClient publicApi, ArticlePage articlePage, ThaiDates dates,
            Clock clock) {
        this.api = api;
        this.publicApi = publicApi;
        this.articlePage = articlePage;
        this.dates = dates;
        this.clock = clock;
    }

    /** Shown above the reader's page, outside its layout. */
    public record PreviewBar(String label, String backHref) {
    }

    @GetMapping("/newsroom/articles/{id}/preview")
    String preview(@PathVariable long id, HttpServletRequest request, Model model) {
        Story story = api.get(EditorSignIn.of(request), id);
        Article article = asReadersSeeIt(story, related(story), clock.instant());
        model.addAttribute("preview", new PreviewBar("ตัวอย่าง · สถานะ " + ProblemMessages.status(story.status())
                + " · ผู้อ่านจะเห็นหน้านี้เมื่อเผยแพร่", "/newsroom/articles/" + id));
        return articlePage.fill(model, article);
    }

    @GetMapping("/newsroom/articles/{id}/revisions")
    String revisions(@PathVariable long id, HttpServletRequest request, Model model) {
        EditorSignIn editor = EditorSignIn.of(request);
        model.addAttribute("story", api.get(editor, id));
        model.addAttribute("revisions", api.revisions(editor, id));
        return "newsroom/revisions";
    }

    @GetMapping("/newsroom/articles/{id}/revisions/{revision}")
    String revision(@PathVariable long id, @PathVariable int revision, HttpServletRequest request, Model model) {
        Revision shown = api.revision(EditorSignIn.of(request), id, revision);
        model.addAttribute("preview", new PreviewBar("ฉบับที่ " + shown.revision() + " · " + event(shown.eventType())
                + " · " + dates.dateTime(shown.recordedAt()), "/newsroom/articles/" + id + "/revisions"));
        return articlePage.fill(model, shown.article());
    }

    static String event(String eventType) {
        if (eventType == null) {
            return "";
        }
        if (eventType.endsWith(".published")) {
            return "เผยแพร่";
        }
        if (eventType.endsWith(".updated")) {
            return "แก้ไข";
        }
        return eventType.endsWith(".retracted") ? "ถอนข่าว" : eventType;
    }

    /**
     * The date readers will see: when it went out, when it is scheduled to, or now for a draft published
     * this minute.
     */
    static Article asReadersSeeIt(Story story, List<StorySummary> related, Instant now) {
        Instant published = story.publishedAt() != null ? story.publishedAt()
                : story.scheduledFor() != null ? story.scheduledFor() : now;
        return new Article(story.id(), story.slug(), null, story.title(), story.summary(), story.body(),
                story.section(), story.tags(), story.provinces(), story.localGovernmentUnits(), story.authors(),
                story.coverImage(), story.breaking(), story.version(), published,
                "published".equals(story.status()) ? story.updatedAt() : null, related);
    }

    /**
     * The section's latest stories stand in for the related block: feed-service picks the real four once the
     * story is out, but the block's place and look are the reader's.
     */
    private List<StorySummary> related(Story story) {
        try {
            return publicApi.feed(new FeedFilter(story.section(), null), null, 5).items().stream()
                    .filter(s -> s.id() != story.id()).limit(4).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
