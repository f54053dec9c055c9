package th.localnews.web.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.localnews.web.support.EditorClient;
import th.localnews.web.support.FakeIssuer;
import th.localnews.web.support.RunningSite;

/** The newsroom pages over HTTP: sign-in, CSRF, and each refusal of the API told in Thai with the form kept. */
class NewsroomPagesIT extends RunningSite {

    private EditorClient editor;

    @BeforeEach
    void signIn() throws Exception {
        editor = new EditorClient(site(""));
        HttpResponse<String> landed = editor.signIn();
        assertThat(landed.statusCode()).isEqualTo(302);
        // relative: behind the gateway an absolute redirect would name web's own port
        assertThat(EditorClient.location(landed)).isEqualTo("/newsroom/articles");
    }

    @Test
    void sendsASignedOutEditorToTheIssuerWithAnS256Challenge() throws Exception {
        EditorClient stranger = new EditorClient(site(""));
        HttpResponse<String> list = stranger.get("/newsroom/articles?status=draft");
        assertThat(list.statusCode()).isEqualTo(303);
        assertThat(EditorClient.location(list)).isEqualTo("/newsroom/login?returnTo=%2Fnewsroom%2Farticles%3Fstatus%3Ddraft");

        String authorize = EditorClient.location(stranger.get("/newsroom/login"));
        assertThat(authorize).startsWith(ISSUER.url() + "/oauth2/authorize?response_type=code&client_id=localnews-web")
                .contains("code_challenge_method=S256", "scope=openid%20profile", "redirect_uri=http://localhost:" + port + "/newsroom/callback")
                .doesNotContain("code_verifier");
        assertThat(ISSUER.rejectedVerifiers()).isEmpty();
    }

    @Test
    void keepsTheTokenOutOfThePageAndNeverCachesIt() throws Exception {
        HttpResponse<String> list = editor.get("/newsroom/articles");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(list.body()).contains("รายการข่าว", FakeIssuer.EDITOR).doesNotContain("eyJ");
    }

    @Test
    void refusesAFormPostWithoutTheSessionsToken() throws Exception {
        HttpResponse<String> forged = editor.post("/newsroom/articles", story("ข่าวปลอม", "<p>ปลอม</p>"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("แบบฟอร์มหมดอายุ").doesNotContain("Exception");
    }

    @Test
    void showsFieldErrorsInThaiAndTheEditorsTextEscaped() throws Exception {
        Map<String, String> form = withCsrf(story(" ", "<p>เนื้อข่าว <script>alert(1)</script></p>"));
        form.put("localGovernmentUnits", "เทศบาลไม่มีจริง");
        HttpResponse<String> refused = editor.post("/newsroom/articles", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("บันทึกไม่ได้ กรุณาแก้ไขช่องที่มีข้อความแจ้งด้านล่าง", "ต้องกรอกหัวข่าว",
                "ไม่รู้จักหน่วยงานท้องถิ่นนี้", "&lt;script&gt;alert(1)&lt;/script&gt;", "เทศบาลไม่มีจริง")
                .doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void tellsTheEditorWhatTheSanitiserTookOut() throws Exception {
        HttpResponse<String> created = editor.post("/newsroom/articles",
                withCsrf(story("ทม.กาฬสินธุ์ ประกาศวันหยุด", "<p>ประกาศ</p><script>alert(1)</script>")));
        HttpResponse<String> page = editor.get(EditorClient.location(created));
        assertThat(page.body()).contains("ระบบตัดส่วนที่ไม่ปลอดภัยออกจากเนื้อข่าว", "แท็ก &lt;script&gt;");
    }

    @Test
    void tellsTheEditorSomeoneElseSavedFirstAndKeepsTheirText() throws Exception {
        long id = created("ทต.บ้านฝาง ซ่อมถนนสายหลัก");
        NEWSROOM.someoneElseEdits(id);
        Map<String, String> form = withCsrf(story("ทต.บ้านฝาง ซ่อมถนนสายหลักเสร็จแล้ว", "<p>ฉบับของฉัน</p>"));
        form.put("version", "1");
        HttpResponse<String> stale = editor.post("/newsroom/articles/" + id, form);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.body()).contains("มีผู้แก้ไขข่าวนี้หลังจากที่คุณเปิดฟอร์ม (คุณแก้จากรุ่นที่ 1)",
                "ซ่อมถนนสายหลักเสร็จแล้ว", "&lt;p&gt;ฉบับของฉัน&lt;/p&gt;", "เปิดฉบับล่าสุดในแท็บใหม่");
    }

    @Test
    void explainsAnIllegalTransitionInThai() throws Exception {
        long id = created("อบต.โนนสะอาด ประชุมสภา");
        HttpResponse<String> retract = editor.post("/newsroom/articles/" + id + "/retract", withCsrf(new HashMap<>()));
        assertThat(retract.statusCode()).isEqualTo(302);
        HttpResponse<String> page = editor.get("/newsroom/articles/" + id);
        assertThat(page.body()).contains("ถอนข่าวไม่ได้ เพราะข่าวนี้อยู่ในสถานะ “ฉบับร่าง”");
    }

    @Test
    void refusesAScheduleInThePastAndADateThatDoesNotExist() throws Exception {
        long id = created("ทม.ชุมแพ เปิดตลาดนัดชุมชน");
        Map<String, String> past = withCsrf(new HashMap<>(Map.of("day", "1", "month", "1", "yearBe", "2560", "time", "08:00")));
        editor.post("/newsroom/articles/" + id + "/schedule", past);
        assertThat(editor.get("/newsroom/articles/" + id).body()).contains("เวลาเผยแพร่ต้องอยู่ในอนาคต");

        Map<String, String> missing = withCsrf(new HashMap<>(Map.of("day", "30", "month", "2", "yearBe", "2570", "time", "08:00")));
        editor.post("/newsroom/articles/" + id + "/schedule", missing);
        assertThat(editor.get("/newsroom/articles/" + id).body()).contains("ไม่มีวันที่ 30 กุมภาพันธ์ 2570");
    }

    @Test
    void schedulesInBangkokTimeAndSendsAnInstant() throws Exception {
        long id = created("อบจ.ขอนแก่น แข่งเรือยาว");
        Map<String, String> at = withCsrf(new HashMap<>(Map.of("day", "14", "month", "2", "yearBe", "2600", "time", "17:00")));
        editor.post("/newsroom/articles/" + id + "/schedule", at);
        assertThat(NEWSROOM.article(id)).containsEntry("status", "scheduled").containsEntry("scheduledFor", "2057-02-14T10:00:00Z");
        assertThat(editor.get("/newsroom/articles/" + id).body()).contains("ตั้งเวลาเผยแพร่แล้ว: 14 กุมภาพันธ์ 2600 17:00 น.");
    }

    @Test
    void keepsTheFormWhenTheTokenHasExpired() throws Exception {
        String csrf = editor.csrf();
        ISSUER.expireAllTokens();
        Map<String, String> form = story("ทน.อุดรธานี ขยายเวลาเก็บขยะ", "<p>ยังอยู่</p>");
        form.put("_csrf", csrf);
        HttpResponse<String> expired = editor.post("/newsroom/articles", form);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("การเข้าสู่ระบบหมดอายุ", "ทน.อุดรธานี ขยายเวลาเก็บขยะ", "เข้าสู่ระบบใหม่ในแท็บใหม่");
    }

    @Test
    void signingOutEndsTheSessionAndReadersNeverGetOne() throws Exception {
        HttpResponse<String> out = editor.post("/newsroom/logout", withCsrf(new HashMap<>()));
        assertThat(EditorClient.location(out)).isEqualTo("/newsroom/signed-out");
        assertThat(editor.get("/newsroom/articles").statusCode()).isEqualTo(303);

        HttpResponse<String> home = new EditorClient(site("")).get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void sessionCookieIsHttpOnlyLaxAndOnlyForTheNewsroom() throws Exception {
        HttpResponse<String> login = new EditorClient(site("")).get("/newsroom/login");
        assertThat(login.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("LOCALNEWS_NEWSROOM=", "Path=/newsroom", "HttpOnly", "SameSite=Lax");
    }

    private long created(String title) throws Exception {
        HttpResponse<String> created = editor.post("/newsroom/articles", withCsrf(story(title, "<p>" + title + "</p>")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = EditorClient.location(created);
        assertThat(location).matches("/newsroom/articles/\\d+");
        // as a browser would: the redirect's page takes its one-time notice out of the session
        assertThat(editor.get(location).body()).contains("บันทึกฉบับร่างแล้ว");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private Map<String, String> withCsrf(Map<String, String> form) throws Exception {
        form.put("_csrf", editor.csrf());
        return form;
    }

    private static Map<String, String> story(String title, String body) {
        Map<String, String> form = new HashMap<>();
        form.put("title", title);
        form.put("summary", "สรุปข่าว");
        form.put("body", body);
        form.put("section", "infrastructure");
        form.put("provinces", "TH-40");
        form.put("localGovernmentUnits", "ทน.ขอนแก่น");
        return form;
    }
}
