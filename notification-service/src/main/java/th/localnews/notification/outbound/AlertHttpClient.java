package th.localnews.notification.outbound;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The one HTTP client for outbound alerts (webhooks and push services): Apache HttpClient 5 with blocking I/O and a
 * pool of keep-alive connections per receiver. Chosen over the JDK's {@code HttpClient} for its cost: on this
 * project's machines a POST took 2–3× less CPU with it (docs/benchmarks.md, P4), and posting is most of what a
 * fan-out does.
 * <ul>
 *   <li>The SSRF guard is its name resolver ({@link OutboundUrlGuard#addressesToConnect}): the addresses checked
 *       are the ones connected to, so a name that rebinds to an inner address after the URL was checked is refused
 *       ({@link RefusedAddressException}).</li>
 *   <li>Redirects are never followed (one could lead past the guard) and nothing is retried here: the dispatch's
 *       retry policy decides.</li>
 *   <li>One deadline covers the whole exchange, from connecting to the end of the answer, so a receiver that
 *       answers a byte at a time cannot hold a delivery thread longer than that; an answer's body is read only
 *       up to {@value #MAX_BODY_BYTES} bytes (nobody reads it), a longer one costs its connection.</li>
 * </ul>
 */
public final class AlertHttpClient implements Closeable {

    static final int MAX_BODY_BYTES = 64 * 1024;

    /** What a receiver answered: the status and its {@code Retry-After}, if any. */
    public record Response(int status, String retryAfter) {
    }

    private static final TimeValue IDLE = TimeValue.ofMinutes(1);

    private final PoolingHttpClientConnectionManager connections;
    private final CloseableHttpClient http;
    private final ScheduledExecutorService deadlines;
    private final Duration timeout;

    /**
     * @param timeout the deadline of one exchange
     * @param connectionsPerReceiver the most connections kept to one receiver (host and port): as many as
     *                               deliveries run at once, since a fan-out's alerts may all go to one push service
     */
    public AlertHttpClient(OutboundUrlGuard guard, Duration timeout, int connectionsPerReceiver) {
        this.timeout = timeout;
        Timeout each = Timeout.of(timeout);
        this.connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new GuardedResolver(guard))
                .setMaxConnPerRoute(connectionsPerReceiver)
                .setMaxConnTotal(connectionsPerReceiver * 4)
                .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).setSoTimeout(each).build())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(each)
                        .setSocketTimeout(each)
                        // a pooled connection idle for a while is checked before use: the receiver may have closed
                        // it, and a request sent on it would fail for nothing
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .setTimeToLive(TimeValue.ofMinutes(5))
                        .build())
                .build();
        // the minimal client: HTTP/1.1 messages over pooled connections, and nothing else (no redirects, retries,
        // cookies, authentication or compression, none of which an alert wants), for 10-20 % less CPU a request
        this.http = HttpClients.createMinimal(connections);
        this.deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "alert-http-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        // connections left idle to receivers that got one alert are not kept open for ever
        deadlines.scheduleWithFixedDelay(() -> connections.closeIdle(IDLE), 1, 1, TimeUnit.MINUTES);
    }

    /**
     * POSTs {@code body} and returns the answer's status.
     *
     * @throws RefusedAddressException when the target's name now resolves to an address the guard refuses
     * @throws IOException when the exchange failed or ran past its deadline
     */
    public Response post(URI target, Map<String, String> headers, byte[] body, String contentType) throws IOException {
        HttpPost request = new HttpPost(target);
        request.setHeader(HttpHeaders.USER_AGENT, "localnews-alerts");
        headers.forEach(request::setHeader);
        request.setEntity(new ByteArrayEntity(body, ContentType.create(contentType)));
        ScheduledFuture<?> deadline = deadlines.schedule(request::cancel, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            CloseableHttpResponse response = http.execute(request);
            try {
                Header retryAfter = response.getFirstHeader("Retry-After");
                Response answer = new Response(response.getCode(), retryAfter == null ? null : retryAfter.getValue());
                if (!readToEnd(response.getEntity())) {
                    // closing would read the rest, however long: the connection is dropped instead
                    request.cancel();
                }
                return answer;
            } finally {
                closeQuietly(response);
            }
        } finally {
            deadline.cancel(false);
        }
    }

    /**
     * Reads a short answer to its end, which hands the connection back to the pool; false for an answer longer than
     * {@value #MAX_BODY_BYTES} bytes, which is not read further.
     */
    private static boolean readToEnd(HttpEntity entity) throws IOException {
        if (entity == null) {
            return true;
        }
        if (entity.getContentLength() > MAX_BODY_BYTES) {
            return false;
        }
        InputStream in = entity.getContent();
        byte[] buffer = new byte[4096];
        long left = MAX_BODY_BYTES + 1L;
        int read;
        while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
            left -= read;
            if (left <= 0) {
                return false;
            }
        }
        return true;
    }

    private static void closeQuietly(CloseableHttpResponse response) {
        try {
            response.close();
        } catch (IOException dropped) {
            // the answer is in hand; a connection that failed to close is gone from the pool either way
        }
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        http.close(CloseMode.GRACEFUL);
        connections.close(CloseMode.GRACEFUL);
    }

    /** Name resolution through the SSRF guard, for every new connection. */
    private static final class GuardedResolver implements DnsResolver {

        private final OutboundUrlGuard guard;

        GuardedResolver(OutboundUrlGuard guard) {
            this.guard = guard;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return guard.addressesToConnect(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
        }
    }
}
