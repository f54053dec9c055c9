package th.localnews.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One real loopback HTTP server per service, answering with what it received. */
final class Backends {

    static final Map<String, String> URI_PROPERTY_BY_BACKEND = Map.of(
            "article-service", "ARTICLE_SERVICE_URI",
            "feed-service", "FEED_SERVICE_URI",
            "notification-service", "NOTIFICATION_SERVICE_URI",
            "auth-server", "AUTH_SERVER_URI",
            "web", "WEB_URI");

    private Backends() {
    }

    static Map<String, HttpServer> startAll() {
        return URI_PROPERTY_BY_BACKEND.keySet().stream()
                .collect(Collectors.toMap(Function.identity(), Backends::echoServer));
    }

    static String uri(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A loopback address nothing listens on: connections are refused at once. */
    static String deadUri() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Accepts requests and answers none until {@code release} opens: a backend that hangs. */
    static HttpServer hangingServer(java.util.concurrent.CountDownLatch release) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Holds every request until {@code parties} requests are in it at once (or {@code patience} has passed), then
     * answers each 200 with {@code X-Together: true} if they all met, {@code false} if it gave up waiting: a
     * backend that proves how many calls the gateway lets through at the same time.
     */
    static HttpServer gatheringServer(int parties, java.time.Duration patience) {
        try {
            java.util.concurrent.CountDownLatch arrived = new java.util.concurrent.CountDownLatch(parties);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), parties);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                arrived.countDown();
                boolean together;
                try {
                    together = arrived.await(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    together = false;
                }
                exchange.getResponseHeaders().add("X-Together", Boolean.toString(together));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Echoes method and URI, reads the whole body (so a streamed body really streams) and reports what it saw:
     * body length and the headers a test asks about.
     */
    static HttpServer echoServer(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                long bodyLength;
                try (InputStream in = exchange.getRequestBody()) {
                    bodyLength = in.transferTo(OutputStreamSink.INSTANCE);
                }
                byte[] body = (exchange.getRequestMethod() + " " + exchange.getRequestURI().toASCIIString())
                        .getBytes(StandardCharsets.UTF_8);
                var headers = exchange.getResponseHeaders();
                headers.add("X-Backend", name);
                headers.add("X-Body-Length", Long.toString(bodyLength));
                copy(exchange.getRequestHeaders().getFirst("Authorization"), "X-Seen-Authorization", headers);
                copy(exchange.getRequestHeaders().getFirst("X-Request-Id"), "X-Seen-Request-Id", headers);
                copy(exchange.getRequestHeaders().getFirst("traceparent"), "X-Seen-Traceparent", headers);
                copy(exchange.getRequestHeaders().getFirst("Host"), "X-Seen-Host", headers);
                copy(exchange.getRequestHeaders().getFirst("X-Forwarded-Proto"), "X-Seen-Forwarded-Proto", headers);
                copy(exchange.getRequestHeaders().getFirst("X-Forwarded-Host"), "X-Seen-Forwarded-Host", headers);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(String value, String as, com.sun.net.httpserver.Headers headers) {
        if (value != null) {
            headers.add(as, value);
        }
    }

    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
