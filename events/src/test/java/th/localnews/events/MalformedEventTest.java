package th.localnews.events;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.localnews.events.ArticleEventCodecTest.golden;
import static th.localnews.events.ContractSchemas.JSON;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** Every way a record can be broken gets a message that lets an operator fix it from the DLT header. */
class MalformedEventTest {

    private final ArticleEventCodec codec = new ArticleEventCodec();

    static Stream<Arguments> brokenBytes() {
        return Stream.of(
                Arguments.of("empty", "", "empty record value"),
                Arguments.of("plain text", "ข่าวด่วน", "not JSON"),
                Arguments.of("truncated", "{\"specversion\":\"1.0\",", "not JSON"),
                Arguments.of("two documents", "{} {}", "not JSON"),
                Arguments.of("array", "[1,2]", "expected a JSON object but got ARRAY"),
                Arguments.of("string", "\"1.0\"", "expected a JSON object but got STRING"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenBytes")
    void rejectsValuesThatAreNotAJsonObject(String description, String value, String message) {
        assertMalformed(value.getBytes(StandardCharsets.UTF_8), message);
    }

    static Stream<Arguments> brokenEvents() {
        return Stream.of(
                broken("no id", e -> e.remove("id"), "missing required attribute 'id'"),
                broken("no type", e -> e.remove("type"), "missing required attribute 'type'"),
                broken("no subject", e -> e.remove("subject"), "missing required attribute 'subject'"),
                broken("no source", e -> e.remove("source"), "missing required attribute 'source'"),
                broken("no specversion", e -> e.remove("specversion"), "missing required attribute 'specversion'"),
                broken("old specversion", e -> e.put("specversion", "0.3"), "unsupported specversion '0.3'"),
                broken("numeric id", e -> e.put("id", 42), "attribute 'id' must be a non-empty string"),
                broken("empty type", e -> e.put("type", ""), "attribute 'type' must be a non-empty string"),
                broken("id not a UUID", e -> e.put("id", "evt-1"), "attribute 'id' is not a UUID"),
                broken("no time", e -> e.remove("time"), "missing required attribute 'time'"),
                broken("bad time", e -> e.put("time", "เมื่อวาน"), "attribute 'time' is not an RFC 3339 date-time"),
                broken("xml data", e -> e.put("datacontenttype", "application/xml"), "unsupported datacontenttype"),
                broken("binary data", e -> e.put("data_base64", "e30="), "data_base64 is not supported"),
                broken("no data", e -> e.remove("data"), "missing required attribute 'data'"),
                broken("data is text", e -> e.put("data", "ข่าว"), "attribute 'data' must be a JSON object"),
                broken("subject mismatch", e -> e.put("subject", "999"), "subject '999' does not match data.id 1042"),
                broken("no title", e -> data(e).remove("title"), "title is required"),
                broken("blank slug", e -> data(e).put("slug", " "), "slug must not be blank"),
                broken("no imported flag", e -> data(e).remove("imported"), "'imported'"),
                broken("version as text", e -> data(e).put("version", "4"), "at data.version"),
                broken("id as fraction", e -> data(e).put("id", 1042.5), "at data.id"),
                broken("zero version", e -> data(e).put("version", 0), "version must be positive"),
                broken("tag not text", e -> data(e).putArray("tags").add(7), "at data.tags[0]"),
                broken("null tag", e -> data(e).putArray("tags").addNull(), "tags[0] is null"),
                broken("epoch publishedAt", e -> data(e).put("publishedAt", 1707879600), "at data.publishedAt"),
                broken("cover without url", e -> ((ObjectNode) data(e).get("coverImage")).remove("url"),
                        "coverImage.url is required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenEvents")
    void rejectsEventsThatBreakTheContract(String description, Consumer<ObjectNode> breakIt, String message) {
        ObjectNode event = golden(GoldenEvents.PUBLISHED);
        breakIt.accept(event);

        assertMalformed(JSON.writeValueAsBytes(event), message);
    }

    private void assertMalformed(byte[] value, String message) {
        assertThatThrownBy(() -> codec.decode(value))
                .isInstanceOf(MalformedEventException.class)
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining(message);
    }

    private static Arguments broken(String description, Consumer<ObjectNode> breakIt, String message) {
        return Arguments.of(description, breakIt, message);
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }
}
