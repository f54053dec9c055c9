package th.localnews.article.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends committed outbox rows to Kafka in write order and stamps them sent once the broker has acknowledged
 * them (acks=all, idempotent producer). A crash between send and stamp sends the rows again on restart:
 * delivery is at least once and consumers drop an event id they have seen. One relay runs at a time across
 * all instances (a PostgreSQL advisory lock), which keeps the log in commit order.
 */
@Component
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** An arbitrary constant shared by every instance: "the outbox relay of article-service". */
    private static final long RELAY_LOCK = 0x6c6e_6f75_7462_6f78L;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final OutboxSender sender;
    private final OutboxProperties properties;
    private final JsonMapper json;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile ExecutorService worker;

    OutboxRelay(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transactions, OutboxSender sender,
            OutboxProperties properties, JsonMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.sender = sender;
        this.properties = properties;
        this.json = json;
    }

    /** Asks for a relay round soon; many nudges while one is queued collapse into that one. */
    public void nudge() {
        ExecutorService current = worker;
        if (running.get() && current != null && pending.compareAndSet(false, true)) {
            try {
                current.execute(() -> {
                    pending.set(false);
                    relayAll();
                });
            } catch (RejectedExecutionException stopping) {
                // stopping: the final round in stop(), or the next start, sends it
                pending.set(false);
            }
        }
    }

    @Scheduled(fixedDelayString = "${newsroom.outbox.poll-interval:1s}")
    void poll() {
        nudge();
    }

    /** Sends the whole backlog; returns how many events went out. */
    public int relayAll() {
        int total = 0;
        try {
            int sent;
            do {
                sent = relayBatch();
                total += sent;
            } while (sent == properties.batchSize());
        } catch (RuntimeException e) {
            // the rows stay unsent and the next round retries them; the producer already retried what it could
            log.warn("outbox relay round failed, will retry: {}", e.toString());
        }
        return total;
    }

    private int relayBatch() {
        Integer sent = transactions.execute(status -> {
            boundReads();
            // the round's statement timeout is set in the same round trip as the lock is taken
            Boolean locked = jdbc.sql("SELECT set_config('statement_timeout', ?, true) IS NOT NULL"
                            + " AND pg_try_advisory_xact_lock(?)")
                    .param(properties.statementTimeout().toMillis() + "ms").param(RELAY_LOCK)
                    .query(Boolean.class).single();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            List<OutboxRow> rows = jdbc.sql("""
                    SELECT id, event_type, topic, record_key, payload::text AS payload, headers::text AS headers,
                           trace_context::text AS trace_context
                    FROM outbox_event WHERE published_at IS NULL ORDER BY sequence_no LIMIT ?
                    """).param(properties.batchSize()).query(this::row).list();
            if (rows.isEmpty()) {
                return 0;
            }
            awaitAcks(rows.stream().map(sender::send).toList());
            jdbc.sql("UPDATE outbox_event SET published_at = now() WHERE id IN (:ids)")
                    .param("ids", rows.stream().map(OutboxRow::id).toList()).update();
            sender.acknowledged(rows);
            return rows.size();
        });
        return sent == null ? 0 : sent;
    }

    /**
     * Bounds the round's waits on PostgreSQL, with the statement timeout set beside the advisory lock: the server
     * cancels a statement that runs (or waits for a lock) longer than the statement timeout, and the connection
     * stops waiting for an answer that has not come after that plus the send timeout (a server that went silent).
     * Either fails the round, which frees the advisory lock for the next one; without them one read that never
     * returned would stop every story reaching readers. Both are the transaction's own: {@code set_config(…, true)}
     * ends with it, and the pool puts the connection's network timeout back when it is returned.
     */
    private void boundReads() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.setNetworkTimeout(Runnable::run,
                    Math.toIntExact(properties.statementTimeout().plus(properties.sendTimeout()).toMillis()));
        } catch (SQLException e) {
            throw new IllegalStateException("could not bound the relay's reads", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void awaitAcks(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        } catch (Exception e) {
            throw new IllegalStateException("broker did not acknowledge the batch", e);
        }
    }

    private OutboxRow row(ResultSet rs, int n) throws SQLException {
        return new OutboxRow(rs.getObject("id", UUID.class), rs.getString("event_type"), rs.getString("topic"),
                rs.getString("record_key"), rs.getString("payload"), map(rs.getString("headers")),
                map(rs.getString("trace_context")));
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> map(String jsonObject) {
        return jsonObject == null ? Map.of() : json.readValue(jsonObject, Map.class);
    }

    @Override
    public synchronized void start() {
        if (running.get()) {
            return;
        }
        worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            // never what keeps a JVM alive: a stopped relay's backlog is safe in the table
            thread.setDaemon(true);
            return thread;
        });
        running.set(true);
        // a backlog left by a crash or a stop goes out now, not at the first poll
        nudge();
    }

    @Override
    public synchronized void stop() {
        if (!running.compareAndSet(true, false)) {
            return;
        }
        ExecutorService current = worker;
        if (current != null) {
            current.shutdown();
            try {
                current.awaitTermination(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        pending.set(false);
    }

    /**
     * Starts before and stops after the web server, so requests still being served during a graceful shutdown
     * get their events sent; what commits after the stop waits in the table for the next relay (at-least-once).
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }
}
