package th.localnews.web.newsroom.stories;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.localnews.web.newsroom.api.Problem;
import th.localnews.web.newsroom.api.Problem.FieldProblem;

/**
 * What the newsroom API's refusals mean to an editor, in Thai. The API's own messages are for tools and partly
 * English; the editor gets a sentence per field, keyed by the form's own field names.
 */
final class ProblemMessages {

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("title", "หัวข่าว"),
            Map.entry("summary", "โปรยข่าว"), Map.entry("body", "เนื้อข่าว"), Map.entry("section", "หมวดข่าว"),
            Map.entry("provinces", "จังหวัด"), Map.entry("tags", "แท็ก"),
            Map.entry("localGovernmentUnits", "หน่วยงานท้องถิ่น"), Map.entry("authors", "ผู้เขียน"),
            Map.entry("coverImageUrl", "ที่อยู่ภาพปก"), Map.entry("coverImageAlt", "คำอธิบายภาพปก"),
            Map.entry("at", "เวลาเผยแพร่"));

    private static final Map<String, String> STATUSES = Map.of("draft", "ฉบับร่าง", "scheduled", "ตั้งเวลาเผยแพร่",
            "published", "เผยแพร่แล้ว", "retracted", "ถอนแล้ว");

    private ProblemMessages() {
    }

    static String status(String wireName) {
        return STATUSES.getOrDefault(wireName, wireName);
    }

    /**
     * The sentence at the top of the page.
     *
     * @param action what the editor tried, as a Thai verb phrase ("บันทึก", "เผยแพร่", "ถอนข่าว")
     */
    static String summary(Problem problem, String action, long version) {
        return switch (problem.httpStatus()) {
            case 400 -> action + "ไม่ได้ กรุณาแก้ไขช่องที่มีข้อความแจ้งด้านล่าง";
            case 403 -> "บัญชีนี้ไม่มีสิทธิ์บรรณาธิการ จึง" + action + "ไม่ได้ กรุณาติดต่อผู้ดูแลระบบ";
            case 409 -> conflict(problem, action);
            case 412 -> "มีผู้แก้ไขข่าวนี้หลังจากที่คุณเปิดฟอร์ม (คุณแก้จากรุ่นที่ " + version + ") จึงยังไม่ได้"
                    + action + " ข้อความของคุณยังอยู่ในฟอร์มด้านล่าง: คัดลอกส่วนที่แก้ไว้ แล้วเปิดฉบับล่าสุดเพื่อแก้อีกครั้ง";
            case 413 -> "ข่าวนี้ยาวเกินกว่าที่ระบบรับได้ กรุณาตัดเนื้อข่าวให้สั้นลง";
            case 428 -> "ระบบไม่รู้ว่าคุณแก้จากรุ่นไหน กรุณาเปิดข่าวนี้ใหม่แล้วแก้อีกครั้ง";
            case 429 -> "ส่งคำขอถี่เกินไป กรุณารอสักครู่แล้วลองอีกครั้ง";
            default -> "ระบบข่าวขัดข้องชั่วคราว (รหัส " + problem.httpStatus() + ") จึงยังไม่ได้" + action
                    + " กรุณาลองอีกครั้ง";
        };
    }

    private static String conflict(Problem problem, String action) {
        if ("concurrent-write".equals(problem.code())) {
            return "มีผู้บันทึกข่าวนี้ในเวลาเดียวกับคุณ กรุณากด" + action + "อีกครั้ง";
        }
        if (problem.articleStatus() != null) {
            return action + "ไม่ได้ เพราะข่าวนี้อยู่ในสถานะ “" + status(problem.articleStatus()) + "”";
        }
        return action + "ไม่ได้ในสถานะปัจจุบันของข่าวนี้";
    }

    /** Field name in the form → the Thai sentences for it, in the API's order, each once. */
    static Map<String, List<String>> fields(Problem problem) {
        Map<String, Set<String>> byField = new LinkedHashMap<>();
        for (FieldProblem error : problem.errors()) {
            String field = formField(error.field());
            byField.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(message(field, error));
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        byField.forEach((field, messages) -> result.put(field, List.copyOf(messages)));
        return result;
    }

    /** {@code provinces[0]} → {@code provinces}, {@code coverImage.url} → {@code coverImageUrl}. */
    static String formField(String apiField) {
        String field = apiField == null ? "" : apiField.replaceAll("\\[\\d+]", "");
        return switch (field) {
            case "coverImage", "coverImage.url" -> "coverImageUrl";
            case "coverImage.alt" -> "coverImageAlt";
            default -> field;
        };
    }

    private static String message(String field, FieldProblem error) {
        String label = LABELS.getOrDefault(field, field);
        return switch (error.code()) {
            case "required" -> "ต้องกรอก" + label;
            case "too-long" -> label + "ยาวเกินกำหนด";
            case "unknown-section" -> "ไม่มีหมวดข่าวนี้ในระบบ กรุณาเลือกจากรายการ";
            case "unknown-province" -> "ไม่รู้จักจังหวัดนี้ กรุณาเลือกจากรายการ";
            case "unknown-local-government-unit" ->
                "ไม่รู้จักหน่วยงานท้องถิ่นนี้ ใช้ชื่อย่อตามด้วยชื่อ เช่น ทน.ขอนแก่น หรือ อบต.ในเมือง";
            case "invalid-format" -> "coverImageUrl".equals(field) ? "ที่อยู่ภาพปกต้องขึ้นต้นด้วย https:// หรือ http://"
                    : "รูปแบบ" + label + "ไม่ถูกต้อง";
            case "not-in-future" -> "เวลาเผยแพร่ต้องอยู่ในอนาคต หากต้องการเผยแพร่เลยให้กด “เผยแพร่ทันที”";
            case "not-positive" -> label + "ต้องมากกว่าศูนย์";
            case "read-only", "unknown-field", "malformed-json" ->
                "หน้าห้องข่าวส่งข้อมูลผิดรูปแบบ (" + error.field() + ") กรุณาแจ้งทีมพัฒนา";
            default -> label + "ไม่ถูกต้อง";
        };
    }
}
