package th.localnews.article.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ContentPreparerTest {

    @Test
    void tagsAreTrimmedDeduplicatedAndBlanksDropped() {
        assertThat(ContentPreparer.tags(Arrays.asList("  น้ำท่วม ", "น้ำท่วม", "", null, "Flood", "flood",
                "ขอน   แก่น")))
                .containsExactly("น้ำท่วม", "Flood", "ขอน แก่น");
    }

    @Test
    void ifMatchAcceptsQuotedWeakAndBareVersions() {
        assertThat(IfMatch.version("\"3\"")).hasValue(3L);
        assertThat(IfMatch.version("W/\"4\"")).hasValue(4L);
        assertThat(IfMatch.version("5")).hasValue(5L);
        assertThat(IfMatch.version(null)).isEmpty();
        assertThat(IfMatch.version("*")).isEmpty();
        assertThat(IfMatch.version("\"abc\"")).hasValue(-1L);
    }
}
