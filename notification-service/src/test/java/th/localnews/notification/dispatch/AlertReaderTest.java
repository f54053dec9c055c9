package th.localnews.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.localnews.notification.channel.Alert;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reading a fan-out's records through the kept last one gives exactly what the mapper reads. */
class AlertReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Alert alert(UUID subscriber, String title) {
        return new Alert(subscriber, 7, title, "สรุปข่าว", "https://example.test/articles/7/x", "local-government",
                List.of("TH-40"), true, Instant.parse("2026-12-02T21:00:00Z"));
    }

    @Test
    void theSubscriptionIdIsWrittenFirstSoTheReaderCanKeepTheRest() {
        assertThat(JSON.writeValueAsString(alert(UUID.randomUUID(), "ข่าว"))).startsWith("{\"subscriptionId\":\"");
    }

    @Test
    void recordsOfOneStoryAndOfAnotherReadAsTheMapperReadsThem() {
        AlertReader reader = new AlertReader(JSON);
        for (String title : List.of("ข่าวแรก", "ข่าวแรก", "ข่าวที่สอง", "ข่าวแรก")) {
            for (int i = 0; i < 3; i++) {
                Alert alert = alert(UUID.randomUUID(), title);
                String value = JSON.writeValueAsString(alert);
                assertThat(reader.read(value)).isEqualTo(alert).isEqualTo(JSON.readValue(value, Alert.class));
            }
        }
    }

    @Test
    void aRecordNotInThePlannersFormIsReadByTheMapper() {
        AlertReader reader = new AlertReader(JSON);
        UUID first = UUID.randomUUID();
        reader.read(JSON.writeValueAsString(alert(first, "ข่าว")));
        String rest = JSON.writeValueAsString(alert(first, "ข่าว")).substring(19 + 36);

        // uppercase id: the same uuid, read either way
        UUID other = UUID.randomUUID();
        assertThat(reader.read("{\"subscriptionId\":\"" + other.toString().toUpperCase() + rest).subscriptionId())
                .isEqualTo(other);
        // a second subscriptionId later in the record wins in the mapper, so such a record is never a shortcut
        String twice = "{\"subscriptionId\":\"" + other + "\",\"subscriptionId\":\"" + first + rest;
        assertThat(reader.read(twice)).isEqualTo(JSON.readValue(twice, Alert.class));
        assertThatThrownBy(() -> reader.read("{\"subscriptionId\":\"not-a-uuid-at-all-but-36-characters" + rest))
                .isInstanceOf(JacksonException.class);
    }
}
