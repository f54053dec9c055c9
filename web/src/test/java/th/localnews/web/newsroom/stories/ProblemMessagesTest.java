package th.localnews.web.newsroom.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.localnews.web.newsroom.api.Problem;
import th.localnews.web.newsroom.api.Problem.FieldProblem;

class ProblemMessagesTest {

    @Test
    void staleVersionSaysSomeoneElseSavedAndThatTheTextIsKept() {
        String message = ProblemMessages.summary(problem(412, "version-conflict", null), "บันทึก", 3);

        assertThat(message).contains("มีผู้แก้ไขข่าวนี้หลังจากที่คุณเปิดฟอร์ม", "รุ่นที่ 3", "ข้อความของคุณยังอยู่ในฟอร์ม");
    }

    @Test
    void illegalTransitionNamesTheActionAndTheStatusInThai() {
        assertThat(ProblemMessages.summary(problem(409, "illegal-transition", "retracted"), "เผยแพร่", 0))
                .isEqualTo("เผยแพร่ไม่ได้ เพราะข่าวนี้อยู่ในสถานะ “ถอนแล้ว”");
        assertThat(ProblemMessages.summary(problem(409, "illegal-transition", null), "ถอนข่าว", 0))
                .isEqualTo("ถอนข่าวไม่ได้ในสถานะปัจจุบันของข่าวนี้");
    }

    @Test
    void concurrentWriteAsksToSaveAgain() {
        assertThat(ProblemMessages.summary(problem(409, "concurrent-write", null), "บันทึก", 1))
                .isEqualTo("มีผู้บันทึกข่าวนี้ในเวลาเดียวกับคุณ กรุณากดบันทึกอีกครั้ง");
    }

    @Test
    void otherStatusesGetAThaiSentenceWithTheCode() {
        assertThat(ProblemMessages.summary(problem(403, "about:blank", null), "บันทึก", 1)).contains("ไม่มีสิทธิ์บรรณาธิการ");
        assertThat(ProblemMessages.summary(problem(503, "about:blank", null), "เผยแพร่", 1)).contains("รหัส 503");
    }

    @Test
    void fieldErrorsLandOnTheFormsOwnFieldsOnceEach() {
        Problem invalid = new Problem(400, "https://localnews.th/problems/invalid-request", "", "", null, List.of(
                new FieldProblem("title", "required", "ต้องมีหัวข่าว (title is required)"),
                new FieldProblem("provinces[0]", "unknown-province", "x"),
                new FieldProblem("provinces[3]", "unknown-province", "x"),
                new FieldProblem("coverImage.url", "invalid-format", "x"),
                new FieldProblem("coverImage.alt", "required", "x"),
                new FieldProblem("localGovernmentUnits[0]", "unknown-local-government-unit", "x"),
                new FieldProblem("at", "not-in-future", "x")));

        var fields = ProblemMessages.fields(invalid);

        assertThat(fields).containsOnlyKeys("title", "provinces", "coverImageUrl", "coverImageAlt",
                "localGovernmentUnits", "at");
        assertThat(fields.get("title")).containsExactly("ต้องกรอกหัวข่าว");
        assertThat(fields.get("provinces")).containsExactly("ไม่รู้จักจังหวัดนี้ กรุณาเลือกจากรายการ");
        assertThat(fields.get("coverImageUrl")).containsExactly("ที่อยู่ภาพปกต้องขึ้นต้นด้วย https:// หรือ http://");
        assertThat(fields.get("coverImageAlt")).containsExactly("ต้องกรอกคำอธิบายภาพปก");
        assertThat(fields.get("localGovernmentUnits").get(0)).startsWith("ไม่รู้จักหน่วยงานท้องถิ่นนี้");
        assertThat(fields.get("at").get(0)).startsWith("เวลาเผยแพร่ต้องอยู่ในอนาคต");
    }

    @Test
    void aRequestThePagesGotWrongIsNotBlamedOnTheEditor() {
        Problem ours = new Problem(400, "x", "", "", null, List.of(new FieldProblem("status", "read-only", "x")));

        assertThat(ProblemMessages.fields(ours).get("status").get(0)).contains("กรุณาแจ้งทีมพัฒนา");
    }

    private static Problem problem(int status, String code, String articleStatus) {
        return new Problem(status, "https://localnews.th/problems/" + code, "", "", articleStatus, List.of());
    }
}
