package th.localnews.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Collection;
import java.util.Optional;

/** Finds a port someone else holds before anything starts, so a clash never leaves half a stack behind. */
final class PortCheck {

    private PortCheck() {
    }

    static Optional<StackSettings.PortSetting> firstTaken(Collection<StackSettings.PortSetting> ports) {
        return ports.stream().filter(setting -> !isFree(setting.port())).findFirst();
    }

    /**
     * Binds the wildcard address: that fails when anyone listens on the port on any address, where a loopback-only
     * bind would miss a listener on another interface.
     */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String explain(StackSettings.PortSetting taken) {
        return "port %d (%s) is already in use; stop whatever listens there or choose another port with %s=…"
                .formatted(taken.port(), taken.owner(), taken.variable());
    }
}
