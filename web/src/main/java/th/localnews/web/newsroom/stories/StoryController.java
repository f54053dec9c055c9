package th.localnews.web.newsroom.stories;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.localnews.web.newsroom.api.NewsroomApiClient;
import th.localnews.web.newsroom.api.NewsroomApiException;
import th.localnews.web.newsroom.api.NewsroomTypes.Story;
import th.localnews.web.newsroom.api.Problem;
import th.localnews.web.newsroom.signin.EditorSignIn;
import th.localnews.web.newsroom.signin.SignInRequiredException;

/** The newsroom's list and its write form. A refused save shows the editor's own text again, never a blank form. */
@Controller
class StoryController {

    static final Set<String> STATUSES = Set.of("draft", "scheduled", "published", "retracted");
    private static final String SAVE = "บันทึก";

    private final NewsroomApiClient api;
    private final StoryEditPage editPage;

    StoryController(NewsroomApiClient api, StoryEditPage editPage) {
        this.api = api;
        this.editPage = editPage;
    }

    @GetMapping("/newsroom")
    String home() {
        return "redirect:/newsroom/articles";
    }

    @GetMapping("/newsroom/articles")
    String list(@RequestParam(required = false) String status, HttpServletRequest request, Model model) {
        String wanted = status != null && STATUSES.contains(status) ? status : null;
        model.addAttribute("status", wanted);
        model.addAttribute("stories", api.list(EditorSignIn.of(request), wanted, 100));
        return "newsroom/list";
    }

    @GetMapping("/newsroom/articles/new")
    String newStory(HttpServletRequest request, Model model) {
        return editPage.show(model, EditorSignIn.of(request), null, StoryForm.empty());
    }

    @PostMapping("/newsroom/articles")
    String create(@ModelAttribute StoryForm form, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        EditorSignIn editor = EditorSignIn.of(request);
        try {
            Story created = api.create(editor, form.toRequest());
            return saved(created, "บันทึกฉบับร่างแล้ว", redirect);
        } catch (RuntimeException e) {
            return refused(e, response, model, editor, null, form);
        }
    }

    @GetMapping("/newsroom/articles/{id}")
    String edit(@PathVariable long id, HttpServletRequest request, Model model) {
        EditorSignIn editor = EditorSignIn.of(request);
        Story story = api.get(editor, id);
        return editPage.show(model, editor, story, StoryForm.of(story));
    }

    @PostMapping("/newsroom/articles/{id}")
    String save(@PathVariable long id, @ModelAttribute StoryForm form, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        EditorSignIn editor = EditorSignIn.of(request);
        if (form.version() == null) {
            model.addAttribute("problem", ProblemMessages.summary(
                    new Problem(428, "about:blank", "", "", null, List.of()), SAVE, 0));
            response.setStatus(428);
            return editPage.show(model, editor, api.get(editor, id), form);
        }
        try {
            Story changed = api.replace(editor, id, form.version(), form.toRequest());
            String notice = "published".equals(changed.status()) ? "บันทึกแล้ว ผู้อ่านเห็นฉบับแก้ไขนี้แล้ว" : "บันทึกแล้ว";
            return saved(changed, notice, redirect);
        } catch (RuntimeException e) {
            return refused(e, response, model, editor, id, form);
        }
    }

    private static String saved(Story story, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        if (story.sanitizer() != null && story.sanitizer().changed()) {
            redirect.addFlashAttribute("sanitizer", story.sanitizer());
        }
        return "redirect:/newsroom/articles/" + story.id();
    }

    /** The form again, as the editor wrote it, with what was wrong. */
    private String refused(RuntimeException e, HttpServletResponse response, Model model, EditorSignIn editor,
            Long id, StoryForm form) {
        if (e instanceof NewsroomApiException refused) {
            model.addAttribute("problem", ProblemMessages.summary(refused.problem(), SAVE,
                    form.version() == null ? 0 : form.version()));
            model.addAttribute("fieldErrors", ProblemMessages.fields(refused.problem()));
            model.addAttribute("stale", refused.status() == 412);
            response.setStatus(refused.status());
        } else if (e instanceof SignInRequiredException) {
            model.addAttribute("problem", "การเข้าสู่ระบบหมดอายุ ข้อความของคุณยังอยู่ในฟอร์มนี้:"
                    + " เข้าสู่ระบบใหม่ในแท็บใหม่ แล้วกด “บันทึก” อีกครั้ง");
            model.addAttribute("signInAgain", true);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else if (e instanceof ResourceAccessException) {
            model.addAttribute("problem", "ติดต่อระบบข่าวไม่ได้ในขณะนี้ ข้อความของคุณยังอยู่ในฟอร์มนี้ กรุณากดบันทึกอีกครั้ง");
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } else {
            throw e;
        }
        Story story = null;
        if (id != null) {
            try {
                story = api.get(editor, id);
            } catch (RuntimeException unavailable) {
                // the form is what matters; the story's status line can wait
            }
        }
        return editPage.show(model, editor, story, form);
    }

}
