package th.localnews.feed.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class CachedResponsesTest {

    private final Rendered rendered = Rendered.of("{\"title\":\"ข่าวด่วน\"}".getBytes(StandardCharsets.UTF_8),
            MediaType.APPLICATION_JSON);

    @Test
    void theSameBytesAlwaysGetTheSameStrongETagAndDifferentBytesAnother() {
        assertThat(rendered.etag()).startsWith("\"").endsWith("\"").doesNotStartWith("W/");
        assertThat(Rendered.of(rendered.body(), MediaType.APPLICATION_JSON).etag()).isEqualTo(rendered.etag());
        assertThat(Rendered.of("{}".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON).etag())
                .isNotEqualTo(rendered.etag());
    }

    @Test
    void answers304ForAMatchingTagInAListWeakenedOrStar() {
        for (String header : new String[] {rendered.etag(), "\"other\", " + rendered.etag(), "W/" + rendered.etag(), "*"}) {
            ResponseEntity<byte[]> response = CachedResponses.respond(rendered, header, CachedResponses.API);
            assertThat(response.getStatusCode()).as(header).isEqualTo(HttpStatus.NOT_MODIFIED);
            assertThat(response.getBody()).isNull();
            assertThat(response.getHeaders().getETag()).isEqualTo(rendered.etag());
        }
    }

    @Test
    void sendsTheBodyWithCacheHeadersOtherwise() {
        ResponseEntity<byte[]> response = CachedResponses.respond(rendered, "\"stale\"", CachedResponses.API);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).isEqualTo(rendered.body());
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("max-age=30, public");
        assertThat(CachedResponses.respond(rendered, null, CachedResponses.API).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
