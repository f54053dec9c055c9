package th.localnews.web.newsroom.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.localnews.web.newsroom.api.NewsroomTypes.CoverImageRequest;
import th.localnews.web.newsroom.api.NewsroomTypes.StoryRequest;

class StoryFormTest {

    @Test
    void splitsTypedListsAndLeavesOutWhatIsBlank() {
        StoryForm form = new StoryForm(" ทน.ขอนแก่น แจกน้ำดื่ม ", "  ", "<p>เนื้อ</p>", "disaster", null,
                "น้ำท่วม, , ช่วยเหลือ,น้ำท่วม", "ทน.ขอนแก่น,\nอบต.ในเมือง", "", "", "", null, null);

        StoryRequest request = form.toRequest();

        assertThat(request.title()).isEqualTo("ทน.ขอนแก่น แจกน้ำดื่ม");
        assertThat(request.summary()).isNull();
        assertThat(request.tags()).containsExactly("น้ำท่วม", "ช่วยเหลือ");
        assertThat(request.localGovernmentUnits()).containsExactly("ทน.ขอนแก่น", "อบต.ในเมือง");
        assertThat(request.authors()).isEmpty();
        assertThat(request.provinces()).isEmpty();
        assertThat(request.coverImage()).isNull();
        assertThat(request.breaking()).isFalse();
    }

    @Test
    void aCoverWithoutAltGoesOutWithoutAltSoTheApiAsksForIt() {
        StoryForm form = new StoryForm("t", "", "", "disaster", List.of("TH-40"), "", "", "", "https://img.example/a.jpg",
                " ", true, 4L);

        assertThat(form.toRequest().coverImage()).isEqualTo(new CoverImageRequest("https://img.example/a.jpg", null));
        assertThat(form.toRequest().breaking()).isTrue();
        assertThat(form.ticked("TH-40")).isTrue();
    }
}
