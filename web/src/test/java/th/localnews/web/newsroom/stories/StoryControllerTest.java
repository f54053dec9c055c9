package th.localnews.web.newsroom.stories;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.client.ResourceAccessException;

import th.localnews.web.api.Taxonomy;
import th.localnews.web.format.ThaiDates;
import th.localnews.web.newsroom.api.NewsroomApiClient;
import th.localnews.web.newsroom.api.NewsroomApiException;
import th.localnews.web.newsroom.api.NewsroomTypes.Story;
import th.localnews.web.newsroom.api.Problem;
import th.localnews.web.newsroom.signin.EditorSignIn;
import th.localnews.web.newsroom.signin.SignInRequiredException;

/** The controllers' mapping of each API refusal to a status, a Thai message and the editor's text kept. */
class StoryControllerTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final EditorSignIn EDITOR = new EditorSignIn("token", NOW.plusSeconds(600), "somchai");

    private final NewsroomApiClient api = mock(NewsroomApiClient.class);
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        StoryEditPage editPage = new StoryEditPage(api, mock(Taxonomy.class), clock);
        mvc = MockMvcBuilders.standaloneSetup(new StoryController(api, editPage),
                new StoryActionsController(api, new ThaiDates(clock))).build();
        when(api.get(any(), anyLong())).thenReturn(story("draft", 2));
    }

    @Test
    void staleSaveIs412WithTheEditorsTextAndAThaiExplanation() throws Exception {
        when(api.replace(any(), eq(7L), eq(1L), any())).thenThrow(refusal(412, "version-conflict", null));

        mvc.perform(save("/newsroom/articles/7").param("version", "1"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(view().name("newsroom/edit"))
                .andExpect(model().attribute("problem", Matchers.containsString("มีผู้แก้ไขข่าวนี้หลังจากที่คุณเปิดฟอร์ม")))
                .andExpect(model().attribute("form", Matchers.hasToString(Matchers.containsString("title=หัวข่าวของฉัน,"))));
    }

    @Test
    void saveWithoutAVersionIsRefusedBeforeReachingTheApi() throws Exception {
        mvc.perform(save("/newsroom/articles/7")).andExpect(status().is(428))
                .andExpect(model().attribute("problem", Matchers.containsString("รุ่นไหน")));
        verify(api, never()).replace(any(), anyLong(), anyLong(), any());
    }

    @Test
    void invalidInputIs400WithThaiFieldMessages() throws Exception {
        when(api.create(any(), any())).thenThrow(new NewsroomApiException(new Problem(400,
                "https://localnews.th/problems/invalid-request", "", "", null,
                List.of(new Problem.FieldProblem("section", "unknown-section", "no such section")))));

        mvc.perform(save("/newsroom/articles")).andExpect(status().isBadRequest())
                .andExpect(model().attribute("fieldErrors", Matchers.hasEntry(Matchers.equalTo("section"),
                        Matchers.contains("ไม่มีหมวดข่าวนี้ในระบบ กรุณาเลือกจากรายการ"))));
    }

    @Test
    void expiredSignInKeepsTheFormAndOffersANewTab() throws Exception {
        when(api.create(any(), any())).thenThrow(new SignInRequiredException());

        mvc.perform(save("/newsroom/articles")).andExpect(status().isUnauthorized())
                .andExpect(model().attribute("signInAgain", true))
                .andExpect(model().attribute("form", Matchers.hasToString(Matchers.containsString("body=<p>เนื้อข่าว</p>,"))));
    }

    @Test
    void unreachableApiIs503WithTheFormKept() throws Exception {
        when(api.create(any(), any())).thenThrow(new ResourceAccessException("connect timed out"));

        mvc.perform(save("/newsroom/articles")).andExpect(status().isServiceUnavailable())
                .andExpect(model().attribute("problem", Matchers.startsWith("ติดต่อระบบข่าวไม่ได้")));
    }

    @Test
    void illegalRetractComesBackToTheStoryWithTheReason() throws Exception {
        when(api.retract(any(), eq(7L))).thenThrow(refusal(409, "illegal-transition", "draft"));

        mvc.perform(signedIn(post("/newsroom/articles/7/retract")))
                .andExpect(redirectedUrl("/newsroom/articles/7"))
                .andExpect(flash().attribute("problem", "ถอนข่าวไม่ได้ เพราะข่าวนี้อยู่ในสถานะ “ฉบับร่าง”"));
    }

    @Test
    void scheduleInThePastShowsTheFieldMessage() throws Exception {
        when(api.schedule(any(), eq(7L), any())).thenThrow(new NewsroomApiException(new Problem(400, "x", "", "", null,
                List.of(new Problem.FieldProblem("at", "not-in-future", "x")))));

        mvc.perform(signedIn(post("/newsroom/articles/7/schedule")).param("day", "1").param("month", "1")
                .param("yearBe", "2569").param("time", "08:00"))
                .andExpect(redirectedUrl("/newsroom/articles/7"))
                .andExpect(flash().attribute("problem", Matchers.startsWith("เวลาเผยแพร่ต้องอยู่ในอนาคต")));
    }

    @Test
    void publishWithAnExpiredTokenSignsInAgainAndComesBack() throws Exception {
        when(api.publishNow(any(), eq(7L))).thenThrow(new SignInRequiredException());

        mvc.perform(signedIn(post("/newsroom/articles/7/publish")))
                .andExpect(redirectedUrl("/newsroom/login?returnTo=/newsroom/articles/7"));
    }

    private static MockHttpServletRequestBuilder save(String path) {
        return signedIn(post(path)).param("title", "หัวข่าวของฉัน").param("body", "<p>เนื้อข่าว</p>")
                .param("section", "nowhere");
    }

    private static MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request) {
        return request.sessionAttr("localnews.newsroom.signIn", EDITOR);
    }

    private static NewsroomApiException refusal(int status, String code, String articleStatus) {
        return new NewsroomApiException(new Problem(status, "https://localnews.th/problems/" + code, "", "",
                articleStatus, List.of()));
    }

    private static Story story(String status, long version) {
        return new Story(7, "หัวข่าว", status, version, "หัวข่าว", "", "<p>x</p>", "disaster", List.of(), List.of(),
                List.of(), List.of(), null, false, NOW, NOW, null, null, false, "somchai", null);
    }
}
