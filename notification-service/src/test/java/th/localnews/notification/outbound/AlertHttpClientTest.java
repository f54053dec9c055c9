package th.localnews.notification.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The alert client against a receiver on loopback that answers exactly as each test scripts it. */
class AlertHttpClientTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);
    private static final byte[] BODY = "{\"type\":\"article.published\"}".getBytes(StandardCharsets.UTF_8);

    private final ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
    private Receiver receiver;
    private AlertHttpClient client;

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.close();
        }
        if (receiver != null) {
            receiver.close();
        }
        drip.shutdownNow();
    }

    @Test
    void postsTheBodyWithItsHeadersAndKeepsTheConnectionForTheNextAlert() throws Exception {
        receiver = new Receiver(Receiver::answerEach);
        client = new AlertHttpClient(new OutboundUrlGuard(true), TIMEOUT, 4);

        for (int i = 0; i < 3; i++) {
            AlertHttpClient.Response response = client.post(receiver.uri("/hook"), Map.of("webhook-id", "msg_" + i),
                    BODY, "application/json");
            assertThat(response.status()).isEqualTo(201);
        }

        assertThat(receiver.requests).hasSize(3);
        assertThat(receiver.requests.get(0)).startsWith("POST /hook HTTP/1.1").contains("webhook-id: msg_0")
                .contains("content-type: application/json").endsWith(new String(BODY, StandardCharsets.UTF_8));
        assertThat(receiver.connections).hasValue(1);
    }

    @Test
    void readsRetryAfterAndNeverFollowsARedirect() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        receiver = new Receiver((in, out, self) -> {
            while (self.readRequest(in) != null) {
                String answer = answered.getAndIncrement() == 0
                        ? "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 7\r\nContent-Length: 0\r\n\r\n"
                        : "HTTP/1.1 302 Found\r\nLocation: http://10.0.0.1/inner\r\nContent-Length: 0\r\n\r\n";
                out.write(answer.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        });
        client = new AlertHttpClient(new OutboundUrlGuard(true), TIMEOUT, 4);

        assertThat(client.post(receiver.uri("/hook"), Map.of(), BODY, "application/json"))
                .isEqualTo(new AlertHttpClient.Response(503, "7"));
        assertThat(client.post(receiver.uri("/hook"), Map.of(), BODY, "application/json").status()).isEqualTo(302);
        assertThat(receiver.requests).hasSize(2);
    }

    @Test
    void givesUpAtTheDeadlineWhenTheReceiverNeverAnswers() throws Exception {
        assertGivesUpOn((in, out, self) -> {
            self.readRequest(in);
            in.read();
        });
    }

    @Test
    void givesUpAtTheDeadlineWhenTheReceiverAnswersAByteAtATime() throws Exception {
        assertGivesUpOn((in, out, self) -> {
            self.readRequest(in);
            out.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // one byte every 50 ms: every read is well inside the socket timeout, only the deadline ends it
            drip.scheduleAtFixedRate(() -> {
                try {
                    out.write("1\r\nx\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closed) {
                    throw new IllegalStateException(closed);
                }
            }, 0, 50, TimeUnit.MILLISECONDS);
            in.read();
        });
    }

    /** The exchange with a receiver that behaves as {@code script} fails, well before a test's patience runs out. */
    private void assertGivesUpOn(Receiver.Script script) throws IOException {
        receiver = new Receiver(script);
        client = new AlertHttpClient(new OutboundUrlGuard(true), TIMEOUT, 4);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(
                () -> client.post(receiver.uri("/hook"), Map.of(), BODY, "application/json"))
                .isInstanceOf(IOException.class));
    }

    @Test
    void dropsTheConnectionOfALongAnswerInsteadOfReadingItAll() throws Exception {
        byte[] chunk = ("1000\r\n" + "x".repeat(0x1000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        receiver = new Receiver((in, out, self) -> {
            while (self.readRequest(in) != null) {
                out.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                // far more than the client reads; it stops when the client has closed the connection
                for (int i = 0; i < 10_000; i++) {
                    out.write(chunk);
                }
            }
        });
        client = new AlertHttpClient(new OutboundUrlGuard(true), Duration.ofSeconds(10), 4);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(client.post(receiver.uri("/hook"), Map.of(), BODY, "application/json").status()).isEqualTo(200);
            assertThat(client.post(receiver.uri("/hook"), Map.of(), BODY, "application/json").status()).isEqualTo(200);
        });
        assertThat(receiver.connections).hasValue(2);
    }

    @Test
    void connectsToTheAddressesTheGuardResolvedAndRefusesANameThatNowLeadsInside() throws Exception {
        receiver = new Receiver(Receiver::answerEach);
        Map<String, String> dns = Map.of("hooks.example.org", "127.0.0.1", "rebound.example.org", "10.0.0.7");
        OutboundUrlGuard.HostResolver resolver = host -> {
            String address = dns.get(host.toLowerCase(Locale.ROOT));
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] { InetAddress.getByName(address) };
        };

        client = new AlertHttpClient(new OutboundUrlGuard(true, resolver), TIMEOUT, 4);
        assertThat(client.post(URI.create("http://hooks.example.org:" + receiver.port() + "/hook"), Map.of(), BODY,
                "application/json").status()).isEqualTo(201);
        assertThatThrownBy(() -> client.post(URI.create("http://rebound.example.org:" + receiver.port() + "/hook"),
                Map.of(), BODY, "application/json"))
                .isInstanceOf(RefusedAddressException.class).hasMessageStartingWith("the host resolves to");
        try (AlertHttpClient production = new AlertHttpClient(new OutboundUrlGuard(false, resolver), TIMEOUT, 4)) {
            assertThatThrownBy(() -> production.post(URI.create("http://hooks.example.org:" + receiver.port() + "/hook"),
                    Map.of(), BODY, "application/json"))
                    .isInstanceOf(RefusedAddressException.class).hasMessageStartingWith("the host resolves to");
        }
        assertThat(receiver.requests).hasSize(1);
    }

    /** A receiver on loopback that runs a script per connection and counts connections and requests. */
    private static final class Receiver implements AutoCloseable {

        interface Script {
            void run(InputStream in, OutputStream out, Receiver self) throws IOException;
        }

        final AtomicInteger connections = new AtomicInteger();
        final List<String> requests = new CopyOnWriteArrayList<>();
        private final ServerSocket server;
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();

        Receiver(Script script) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            threads.execute(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        sockets.add(socket);
                        connections.incrementAndGet();
                        threads.execute(() -> {
                            try (socket) {
                                script.run(socket.getInputStream(), socket.getOutputStream(), this);
                            } catch (IOException closedByClient) {
                                // the client hung up: what some tests want
                            }
                        });
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        static void answerEach(InputStream in, OutputStream out, Receiver self) throws IOException {
            while (self.readRequest(in) != null) {
                out.write("HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        }

        /** One request, head (names lower-cased) and body, recorded; null at the end of the connection. */
        String readRequest(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int last4 = 0;
            int b;
            while ((b = in.read()) >= 0) {
                head.write(b);
                last4 = (last4 << 8) | b;
                if (last4 == 0x0d0a0d0a) {
                    break;
                }
            }
            if (b < 0) {
                return null;
            }
            String text = head.toString(StandardCharsets.US_ASCII);
            StringBuilder request = new StringBuilder();
            int length = 0;
            for (String line : text.split("\r\n")) {
                int colon = line.indexOf(':');
                String normal = colon < 0 || request.isEmpty() ? line
                        : line.substring(0, colon).toLowerCase(Locale.ROOT) + line.substring(colon);
                if (normal.startsWith("content-length:")) {
                    length = Integer.parseInt(normal.substring(15).trim());
                }
                request.append(normal).append("\r\n");
            }
            request.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
            requests.add(request.toString());
            return request.toString();
        }

        int port() {
            return server.getLocalPort();
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port() + path);
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : sockets) {
                socket.close();
            }
            threads.shutdownNow();
        }
    }
}
