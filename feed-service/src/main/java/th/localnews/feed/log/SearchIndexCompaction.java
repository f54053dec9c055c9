package th.localnews.feed.log;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.localnews.feed.search.ThaiSearchIndex;

/**
 * Once the view has caught up with the article log, merges the search index the replay built into one segment, on
 * a thread of its own: searches and new stories go on meanwhile, and every search after it is cheaper
 * ({@link ThaiSearchIndex#forceMerge}). Started by {@link CatchUp}'s readiness event only (not by Spring Boot's own
 * at start-up, when the replay has barely begun), once per replay. {@code FEED_SEARCH_MERGE=false}
 * turns it off, e.g. for a heap too small to hold the index twice for the few seconds the merge takes.
 */
@Component
class SearchIndexCompaction implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexCompaction.class);

    private final ThaiSearchIndex index;
    private final boolean enabled;
    private final Executor merging;

    @Autowired
    SearchIndexCompaction(ThaiSearchIndex index, @Value("${feed.search.merge:true}") boolean enabled) {
        this(index, enabled, Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "search-index-merge");
            thread.setDaemon(true);
            return thread;
        }));
    }

    SearchIndexCompaction(ThaiSearchIndex index, boolean enabled, Executor merging) {
        this.index = index;
        this.enabled = enabled;
        this.merging = merging;
    }

    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (enabled && event.getSource() instanceof CatchUp && event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            merging.execute(this::merge);
        }
    }

    private void merge() {
        long started = System.nanoTime();
        int before = index.segments();
        if (before <= 1) {
            return;
        }
        try {
            index.forceMerge(1);
            log.info("Merged the search index from {} segments to {} in {} ms", before, index.segments(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // a rebuild that cleared the index aborts the merge; the next catch-up merges again
            log.warn("Merging the search index stopped: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        if (merging instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }
}
