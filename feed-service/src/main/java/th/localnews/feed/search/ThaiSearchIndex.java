package th.localnews.feed.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.IOSupplier;
import org.apache.lucene.util.IOUtils;

/**
 * Thai full-text search over published stories. Thread-safe: writes go through one {@link IndexWriter}, searches
 * through a {@link SearcherManager} that is refreshed before a search whenever something was written since the
 * last refresh, so a search sees every write that finished before it started.
 */
public final class ThaiSearchIndex implements Closeable {

    /**
     * Below this many matches of {@link AnalyzedQuery#query()}, a search runs {@link AnalyzedQuery#broad()} instead
     * (letter runs looked for in the bodies too): a query that finds little is likely a name no dictionary knows.
     */
    static final int FEW_HITS = 100;

    private final Directory directory;
    /** The directory {@link #scratch} made, removed again on {@link #close}; null otherwise. */
    private final Path scratchPath;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SearchSettings settings;
    private final Clock clock;
    private final SearchDocumentMapper mapper;
    private final SearchAnalysis analysis;
    private final ThaiQueryBuilder queries;
    private final SearchHitRenderer renderer;
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong refreshedUpTo = new AtomicLong();
    private final Object refreshLock = new Object();

    ThaiSearchIndex(Directory directory, SearchSettings settings, Clock clock, SearchAnalysis analysis) {
        this(directory, null, settings, clock, analysis);
    }

    private ThaiSearchIndex(Directory directory, Path scratchPath, SearchSettings settings, Clock clock,
            SearchAnalysis analysis) {
        this.directory = directory;
        this.scratchPath = scratchPath;
        this.settings = settings;
        this.clock = clock;
        this.mapper = new SearchDocumentMapper(ProvinceNames.loadDefault());
        this.analysis = analysis;
        this.queries = new ThaiQueryBuilder(analysis);
        this.renderer = new SearchHitRenderer(analysis, new SnippetFormatter(settings.snippetLength()));
        IndexWriter opened = null;
        try {
            opened = new IndexWriter(directory, new IndexWriterConfig(analysis.indexAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            this.searchers = new SearcherManager(opened, null);
            this.writer = opened;
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(opened, directory);
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    /** An index that lives in memory only: rebuilt by replaying the article log on every start. */
    public static ThaiSearchIndex inMemory(SearchSettings settings, Clock clock) {
        return new ThaiSearchIndex(new ByteBuffersDirectory(), settings, clock, SearchAnalysis.loadDefault());
    }

    /**
     * An index rebuilt from nothing like {@link #inMemory}, but in files of a new temporary directory
     * (memory-mapped) that {@link #close} deletes: out of the Java heap, so a large archive costs the operating
     * system's page cache rather than old-generation collections (docs/benchmarks.md, P5 through the gateway).
     */
    public static ThaiSearchIndex scratch(SearchSettings settings, Clock clock) {
        Path path;
        try {
            path = Files.createTempDirectory("localnews-search-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a directory for the search index", e);
        }
        try {
            return new ThaiSearchIndex(new MMapDirectory(path), path, settings, clock, SearchAnalysis.loadDefault());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
    }

    /** An index kept in {@code path} (memory-mapped), reopened as it was last {@link #commit committed}. */
    public static ThaiSearchIndex onDisk(Path path, SearchSettings settings, Clock clock) {
        try {
            return new ThaiSearchIndex(new MMapDirectory(path), settings, clock, SearchAnalysis.loadDefault());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
    }

    /** Adds the story, or replaces the one with the same id. */
    public void upsert(SearchDocument document) {
        write(() -> writer.updateDocument(new Term(SearchField.ID, document.id()), mapper.toDocument(document)));
    }

    /** Removes the story; removing one that is not there is not an error. */
    public void delete(String id) {
        write(() -> writer.deleteDocuments(new Term(SearchField.ID, id)));
    }

    /** Removes every story, for a rebuild of the view from the article log. */
    public void clear() {
        write(writer::deleteAll);
    }

    /**
     * The stories matching {@code query}, best first.
     *
     * @param query what the user typed, taken as plain text (1 to {@link SearchSettings#maxQueryLength()} chars)
     * @param limit page size, 1 to {@link SearchSettings#maxLimit()}
     * @param cursor null or blank for the first page, else a {@link SearchPage#nextCursor()} of the same query
     * @throws InvalidQueryException when the query, limit or cursor is not acceptable
     */
    public SearchPage search(String query, int limit, String cursor) {
        String text = QueryText.validate(query, settings.maxQueryLength());
        if (limit < 1 || limit > settings.maxLimit()) {
            throw new InvalidQueryException(InvalidQueryException.Reason.LIMIT_OUT_OF_RANGE,
                    "limit must be between 1 and " + settings.maxLimit());
        }
        SearchCursor from = cursor == null || cursor.isBlank()
                ? new SearchCursor(0, clock.millis()) : SearchCursor.decode(cursor, settings.maxOffset());
        AnalyzedQuery analyzed = queries.build(text);
        if (analyzed.isEmpty()) {
            return SearchPage.empty();
        }
        try {
            return search(analyzed, limit, from);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the index", e);
        }
    }

    private SearchPage search(AnalyzedQuery analyzed, int limit, SearchCursor from) throws IOException {
        refreshIfWritten();
        RecencyBoost recency = new RecencyBoost(from.nowMillis(), settings.recencyWeight(),
                settings.recencyHalfLife().toMillis());
        IndexSearcher searcher = searchers.acquire();
        try {
            CollectorManager<RecencyRankedCollector, RecencyRankedCollector.Result> ranking =
                    RecencyRankedCollector.manager(from.offset() + limit, recency);
            RecencyRankedCollector.Result top = searcher.search(analyzed.query(), ranking);
            if (top.totalHits() < FEW_HITS) {
                // Decided on the query and the index alone, not the page, so every page cuts the same ranking.
                top = searcher.search(analyzed.broad(), ranking);
            }
            List<SearchHit> hits = new ArrayList<>();
            for (int i = from.offset(); i < top.ranked().size(); i++) {
                RecencyRankedCollector.Candidate hit = top.ranked().get(i);
                hits.add(renderer.render(searcher, hit.doc(), hit.score(), analyzed));
            }
            int nextOffset = from.offset() + limit;
            boolean more = top.totalHits() > nextOffset && nextOffset <= settings.maxOffset();
            String next = more ? new SearchCursor(nextOffset, from.nowMillis()).encode() : null;
            return new SearchPage(hits, next, top.totalHits());
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The ids of the stories most like {@code title}, best first, at most {@code limit}: {@link RelatedQuery}
     * (the title's rarest words in the describing fields, any of them enough) ranked with the same recency boost as
     * {@link #search}, skipping weak matches at once; no hit is rendered. For the related stories under an article,
     * computed on the first rendering of every new story (docs/benchmarks.md, P3).
     */
    public List<String> relatedIds(String title, int limit) {
        if (title == null || title.isBlank() || limit < 1) {
            return List.of();
        }
        String trimmed = title.length() > settings.maxQueryLength() ? title.substring(0, settings.maxQueryLength())
                : title;
        List<SearchAnalysis.Token> words = analysis.words(trimmed);
        if (words.isEmpty()) {
            return List.of();
        }
        try {
            refreshIfWritten();
            RecencyBoost recency = new RecencyBoost(clock.millis(), settings.recencyWeight(),
                    settings.recencyHalfLife().toMillis());
            IndexSearcher searcher = searchers.acquire();
            try {
                RecencyRankedCollector.Result top = searcher.search(RelatedQuery.of(searcher.getIndexReader(), words),
                        RecencyRankedCollector.manager(limit, recency, 0));
                List<String> ids = new ArrayList<>(top.ranked().size());
                top.ranked().forEach(hit -> ids.add(hit.id().utf8ToString()));
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the index", e);
        }
    }

    /**
     * Runs {@code work} on the searcher a search would use now, with the query builder and renderer of this index:
     * for the benchmark that times another ranking strategy side by side with {@link #search} on the same index.
     */
    <T> T inspect(Inspection<T> work) throws IOException {
        refreshIfWritten();
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher, queries);
        } finally {
            searchers.release(searcher);
        }
    }

    @FunctionalInterface
    interface Inspection<T> {
        T apply(IndexSearcher searcher, ThaiQueryBuilder queries) throws IOException;
    }

    /** Makes the writes so far durable, together with {@code commitData} (e.g. the consumed log offsets). */
    public void commit(Map<String, String> commitData) {
        write(() -> {
            writer.setLiveCommitData(new HashMap<>(commitData).entrySet());
            return writer.commit();
        });
    }

    /** The data stored with the last commit, empty when the index was never committed. */
    public Map<String, String> committedData() {
        try {
            return Map.copyOf(SegmentInfos.readLatestCommit(directory).getUserData());
        } catch (IndexNotFoundException e) {
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the last commit of the search index", e);
        }
    }

    /** The number of stories a search can see now. */
    public int size() {
        return fromCurrentReader(IndexReader::numDocs);
    }

    /** How many segments a search reads now (each costs every query's term lookups and scorer set-up once). */
    public int segments() {
        return fromCurrentReader(reader -> reader.leaves().size());
    }

    private int fromCurrentReader(ToIntFunction<IndexReader> read) {
        try {
            refreshIfWritten();
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.applyAsInt(searcher.getIndexReader());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index", e);
        }
    }

    /**
     * Merges the index down to at most {@code maxSegments} segments and makes the result searchable; blocks until
     * done, while searches and writes go on. A replay leaves some ten segments, and every search pays each one's
     * term lookups and scorer set-up: merged to one, searches over 100,000 stories took 1.3× less CPU
     * (docs/benchmarks.md, P5). Needs room for a second copy of the index until the merge is done.
     */
    public void forceMerge(int maxSegments) {
        try {
            writer.forceMerge(maxSegments);
            writes.incrementAndGet();
            refreshIfWritten();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot merge the search index", e);
        }
    }

    /**
     * Makes every write that finished before this call visible to the next {@link SearcherManager#acquire}. Searches
     * that find a refresh under way wait for it and then need none of their own when it began after their writes:
     * under a steady stream of writes (50 stories a second) one refresh serves all the searches queued behind it,
     * where each of them used to reopen the reader in turn (each reopen flushes a segment), a convoy that held
     * article renderings for seconds (docs/benchmarks.md, P3).
     */
    public void refresh() {
        try {
            refreshIfWritten();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot refresh the search index", e);
        }
    }

    private void refreshIfWritten() throws IOException {
        long written = writes.get();
        if (refreshedUpTo.get() >= written) {
            return;
        }
        synchronized (refreshLock) {
            // a refresh that began after our writes finished, done while we waited, already shows them
            if (refreshedUpTo.get() >= written) {
                return;
            }
            long upTo = writes.get();
            searchers.maybeRefreshBlocking();
            refreshedUpTo.accumulateAndGet(upTo, Math::max);
        }
    }

    private void write(IOSupplier<Long> write) {
        try {
            write.get();
            writes.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the search index", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            IOUtils.close(searchers, writer, directory);
        } finally {
            if (scratchPath != null) {
                IOUtils.rm(scratchPath);
            }
        }
    }
}
