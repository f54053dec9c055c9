package th.localnews.web.newsroom.stories;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.localnews.web.format.ThaiDates;
import th.localnews.web.newsroom.api.NewsroomApiClient;
import th.localnews.web.newsroom.api.NewsroomApiException;
import th.localnews.web.newsroom.api.NewsroomTypes.Story;
import th.localnews.web.newsroom.signin.EditorSignIn;
import th.localnews.web.newsroom.signin.SignInRequiredException;
import th.localnews.web.newsroom.stories.BuddhistEraSchedule.ScheduleInputException;

/** Publish now, schedule, retract: each a POST that comes back to the story's page with what happened. */
@Controller
class StoryActionsController {

    private final NewsroomApiClient api;
    private final ThaiDates dates;

    StoryActionsController(NewsroomApiClient api, ThaiDates dates) {
        this.api = api;
        this.dates = dates;
    }

    @PostMapping("/newsroom/articles/{id}/publish")
    String publish(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        return act(id, "เผยแพร่", request, redirect, editor -> api.publishNow(editor, id),
                story -> "เผยแพร่แล้ว ผู้อ่านเห็นข่าวนี้แล้ว");
    }

    @PostMapping("/newsroom/articles/{id}/schedule")
    String schedule(@PathVariable long id, @RequestParam int day, @RequestParam int month, @RequestParam int yearBe,
            @RequestParam String time, HttpServletRequest request, RedirectAttributes redirect) {
        BuddhistEraSchedule schedule = new BuddhistEraSchedule(day, month, yearBe, time);
        Instant at;
        try {
            at = schedule.toInstant();
        } catch (ScheduleInputException e) {
            redirect.addFlashAttribute("problem", "ตั้งเวลาไม่ได้: " + e.getMessage());
            redirect.addFlashAttribute("schedule", schedule);
            return back(id);
        }
        redirect.addFlashAttribute("schedule", schedule);
        return act(id, "ตั้งเวลาเผยแพร่", request, redirect, editor -> api.schedule(editor, id, at),
                story -> "ตั้งเวลาเผยแพร่แล้ว: " + dates.dateTime(story.scheduledFor()));
    }

    @PostMapping("/newsroom/articles/{id}/retract")
    String retract(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        return act(id, "ถอนข่าว", request, redirect, editor -> api.retract(editor, id),
                story -> "ถอนข่าวแล้ว ผู้อ่านจะไม่เห็นข่าวนี้อีก");
    }

    private String act(long id, String action, HttpServletRequest request, RedirectAttributes redirect,
            Function<EditorSignIn, Story> call, Function<Story, String> notice) {
        EditorSignIn editor = EditorSignIn.of(request);
        try {
            redirect.addFlashAttribute("notice", notice.apply(call.apply(editor)));
        } catch (NewsroomApiException e) {
            List<String> details = ProblemMessages.fields(e.problem()).values().stream().flatMap(List::stream).toList();
            String summary = ProblemMessages.summary(e.problem(), action, 0);
            redirect.addFlashAttribute("problem", details.isEmpty() ? summary : String.join(" ", details));
        } catch (SignInRequiredException e) {
            return "redirect:/newsroom/login?returnTo=/newsroom/articles/" + id;
        } catch (ResourceAccessException e) {
            redirect.addFlashAttribute("problem", "ติดต่อระบบข่าวไม่ได้ในขณะนี้ จึงยังไม่ได้" + action + " กรุณาลองอีกครั้ง");
        }
        return back(id);
    }

    private static String back(long id) {
        return "redirect:/newsroom/articles/" + id;
    }
}
