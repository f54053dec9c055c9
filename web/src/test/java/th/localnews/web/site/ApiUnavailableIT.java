package th.localnews.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With nothing listening where the API should be, readers get the Thai 500 page, uncached. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiUnavailableIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void deadApi(DynamicPropertyRegistry registry) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        registry.add("localnews.web.api-url", () -> "http://127.0.0.1:" + closedPort);
    }

    @Test
    void homePageIsAThai500PageThatIsNotCached() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("ขออภัย ระบบขัดข้องชั่วคราว").doesNotContain("Exception", "at th.localnews");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
}
