package th.localnews.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import th.localnews.web.format.Snippets.Part;

class SnippetsTest {

    private final Snippets snippets = new Snippets();

    @Test
    void keepsOnlyTheHighlightingAsStructure() {
        assertThat(snippets.parts("…ฝนตก <mark>น้ำท่วม</mark> &lt;b&gt;…"))
                .containsExactly(new Part("…ฝนตก ", false), new Part("น้ำท่วม", true), new Part(" <b>…", false));
    }

    @Test
    void dropsAnyOtherTag() {
        assertThat(snippets.parts("<img src=x onerror=alert(1)>ข่าว")).containsExactly(new Part("ข่าว", false));
    }
}
