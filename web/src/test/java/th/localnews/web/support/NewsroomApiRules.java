package th.localnews.web.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What {@link FakeNewsroomApi} answers with: article-service's taxonomy, its request checks and problem shapes. */
final class NewsroomApiRules {

    private static final Set<String> SECTIONS = Set.of("disaster", "education", "infrastructure", "culture",
            "agriculture", "environment");
    private static final Set<String> AREAS = Set.of("TH-10", "TH-40", "TH-47", "TH-50", "TH-S");
    private static final Pattern UNIT = Pattern.compile("(ทน|ทม|ทต|อบจ|อบต)\\..+|กทม\\.|เมืองพัทยา");

    private NewsroomApiRules() {
    }

    /** The checks of ArticleRequest that the pages must be able to show, with its field paths and codes. */
    @SuppressWarnings("unchecked")
    static List<Map<String, String>> errors(Map<String, Object> request) {
        List<Map<String, String>> errors = new ArrayList<>();
        String title = (String) request.get("title");
        if (title == null || title.isBlank()) {
            errors.add(Map.of("field", "title", "code", "required", "message", "ต้องมีหัวข่าว (title is required)"));
        }
        if (request.get("body") == null) {
            errors.add(Map.of("field", "body", "code", "required", "message", "ต้องมีเนื้อข่าว (body is required)"));
        }
        if (!SECTIONS.contains(request.get("section"))) {
            errors.add(Map.of("field", "section", "code", "unknown-section", "message", "no such section"));
        }
        List<String> provinces = (List<String>) request.getOrDefault("provinces", List.of());
        for (int i = 0; i < provinces.size(); i++) {
            if (!AREAS.contains(provinces.get(i))) {
                errors.add(Map.of("field", "provinces[" + i + "]", "code", "unknown-province", "message", "unknown"));
            }
        }
        List<String> units = (List<String>) request.getOrDefault("localGovernmentUnits", List.of());
        for (int i = 0; i < units.size(); i++) {
            if (!UNIT.matcher(units.get(i)).matches()) {
                errors.add(Map.of("field", "localGovernmentUnits[" + i + "]", "code", "unknown-local-government-unit",
                        "message", "unknown local government unit"));
            }
        }
        Map<String, Object> cover = (Map<String, Object>) request.get("coverImage");
        if (cover != null && cover.get("alt") == null) {
            errors.add(Map.of("field", "coverImage.alt", "code", "required", "message", "ต้องมีคำอธิบายภาพ (alt)"));
        }
        return errors;
    }

    static Map<String, Object> taxonomy() {
        return Map.of("sections", List.of(Map.of("slug", "disaster", "nameTh", "ภัยพิบัติ", "nameEn", "Disasters"),
                Map.of("slug", "education", "nameTh", "การศึกษา", "nameEn", "Education"),
                Map.of("slug", "infrastructure", "nameTh", "โครงสร้างพื้นฐาน", "nameEn", "Infrastructure"),
                Map.of("slug", "culture", "nameTh", "ศิลปวัฒนธรรม", "nameEn", "Arts and culture"),
                Map.of("slug", "agriculture", "nameTh", "เกษตร", "nameEn", "Agriculture"),
                Map.of("slug", "environment", "nameTh", "สิ่งแวดล้อม", "nameEn", "Environment")),
                "areas", List.of(Map.of("code", "TH-10", "nameTh", "กรุงเทพมหานคร", "nameEn", "Bangkok"),
                        Map.of("code", "TH-40", "nameTh", "ขอนแก่น", "nameEn", "Khon Kaen"),
                        Map.of("code", "TH-47", "nameTh", "สกลนคร", "nameEn", "Sakon Nakhon"),
                        Map.of("code", "TH-50", "nameTh", "เชียงใหม่", "nameEn", "Chiang Mai"),
                        Map.of("code", "TH-S", "nameTh", "เมืองพัทยา", "nameEn", "Pattaya")),
                "localGovernmentUnitTypes", List.of(Map.of("shortForm", "ทน.", "longForm", "เทศบาลนคร")));
    }

    static Map<String, Object> problem(int status, String type, String detail) {
        return Map.of("type", type, "title", "problem", "status", status, "detail", detail);
    }

    static Map<String, Object> invalid(List<?> errors) {
        return Map.of("type", "https://localnews.th/problems/invalid-request", "title", "ข้อมูลไม่ถูกต้อง (invalid request)",
                "status", 400, "detail", errors.size() + " fields need fixing; see errors", "errors", errors);
    }

}
