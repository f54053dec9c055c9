package th.localnews.article.newsroom;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import th.localnews.article.taxonomy.KnownArea;
import th.localnews.article.taxonomy.KnownLocalGovernmentUnit;
import th.localnews.article.taxonomy.KnownSection;

/**
 * The body of create, replace and import. Status, version, id and timestamps are not here: the newsroom sets
 * them, and a request that sends them is rejected (400, code {@code read-only}) rather than silently ignored.
 * {@code publishedAt} is only for an import.
 */
record ArticleRequest(
        @NotBlank(message = "ต้องมีหัวข่าว (title is required)")
        @Size(max = 200, message = "หัวข่าวยาวได้ไม่เกิน {max} ตัวอักษร (title: at most {max} characters)")
        String title,
        @Size(max = 1000, message = "โปรยข่าวยาวได้ไม่เกิน {max} ตัวอักษร (summary: at most {max} characters)")
        String summary,
        @NotNull(message = "ต้องมีเนื้อข่าว (body is required)")
        @Utf8Size(max = MAX_BODY_BYTES, message = "เนื้อข่าวยาวได้ไม่เกิน 1 MB (body: at most {max} bytes of UTF-8)")
        String body,
        @NotBlank(message = "ต้องระบุหมวดข่าว (section is required)") @KnownSection
        String section,
        @Size(max = MAX_TAGS, message = "แท็กได้ไม่เกิน {max} รายการ (at most {max} tags)")
        List<@Size(max = 50, message = "แท็กยาวได้ไม่เกิน {max} ตัวอักษร") String> tags,
        @Size(max = 20, message = "จังหวัดได้ไม่เกิน {max} รายการ")
        List<@NotNull @KnownArea String> provinces,
        @Size(max = 20, message = "หน่วยงานท้องถิ่นได้ไม่เกิน {max} รายการ")
        List<@NotNull @KnownLocalGovernmentUnit String> localGovernmentUnits,
        @Size(max = 10, message = "ผู้เขียนได้ไม่เกิน {max} คน")
        List<@NotBlank(message = "ชื่อผู้เขียนว่างไม่ได้") @Size(max = 100) String> authors,
        @Valid CoverImageRequest coverImage,
        boolean breaking,
        OffsetDateTime publishedAt) {

    static final long MAX_BODY_BYTES = 1_048_576;
    static final int MAX_TAGS = 20;

    record CoverImageRequest(
            @NotBlank(message = "ต้องมี URL ของภาพ")
            @Pattern(regexp = "^https?://\\S+$", message = "URL ของภาพต้องเป็น http(s)://")
            @Size(max = 2000)
            String url,
            @NotNull(message = "ต้องมีคำอธิบายภาพ (alt) เพื่อผู้อ่านที่มองไม่เห็นภาพ") @Size(max = 500)
            String alt,
            @Positive Integer width,
            @Positive Integer height) {
    }
}
