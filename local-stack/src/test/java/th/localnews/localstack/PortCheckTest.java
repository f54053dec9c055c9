package th.localnews.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void findsAPortSomeoneListensOnEvenOnlyOnLoopback() throws Exception {
        try (ServerSocket held = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StackSettings.PortSetting free = new StackSettings.PortSetting("web", "LOCALNEWS_WEB_PORT", freePort());
            StackSettings.PortSetting taken =
                    new StackSettings.PortSetting("gateway", "LOCALNEWS_PORT", held.getLocalPort());

            assertThat(PortCheck.firstTaken(List.of(free, taken))).contains(taken);
        }
    }

    @Test
    void findsNothingWhenEveryPortIsFree() throws Exception {
        StackSettings.PortSetting free = new StackSettings.PortSetting("web", "LOCALNEWS_WEB_PORT", freePort());

        assertThat(PortCheck.firstTaken(List.of(free))).isEmpty();
    }

    @Test
    void explainsWhichPortWhoseAndHowToMoveIt() {
        String explanation = PortCheck.explain(new StackSettings.PortSetting("gateway", "LOCALNEWS_PORT", 8080));

        assertThat(explanation).isEqualTo(
                "port 8080 (gateway) is already in use; stop whatever listens there or choose another port with "
                        + "LOCALNEWS_PORT=…");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
