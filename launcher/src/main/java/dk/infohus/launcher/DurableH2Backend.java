package dk.infohus.launcher;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 (MVStore) backend made durable: every acknowledged write is in the file before the reply
 * leaves.
 *
 * <p>The stock {@link H2Backend} opens its MVStore with auto-commit, which writes the changes to the file in the
 * background about once a second: whatever was acknowledged since the last background commit is lost when the process
 * is killed. Here the store is opened with auto-commit off (no background writer, no commit of half-done work when
 * the write buffer fills), and every request that reached the backend (an OP_MSG message, a legacy OP_QUERY command
 * or query) is followed by {@link MVStore#commit()} if it changed anything, on the netty thread that handles the
 * request, before the reply is written to the channel. mongo-java-server 1.47.0 handles requests synchronously (no
 * async path), so these are all the ways in.
 *
 * <p>Requests run concurrently under a shared lock; a commit takes the lock exclusively, so a commit never captures
 * another request half-done (say, a document stored but its index entry not yet). A commit that finds nothing
 * unsaved is skipped, so concurrent writers share commits.
 *
 * <p>The price: one MVStore chunk (some 20 KB) per acknowledged write. Freed chunks are reused only after the
 * store's retention time (45 s, kept as it is, for crash safety), so a burst of writes grows the file for a while;
 * chunks with little live data are rewritten every minute while no request runs, and the file is compacted for up
 * to a second when the store closes.
 *
 * <p>Adds the {@code hello} command (1.47.0 answers only the legacy {@code isMaster}), which Spring Boot's Mongo
 * health indicator and newer drivers use.
 */
public class DurableH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

    /** How often the store is compacted (chunks with little live data rewritten), while no request runs. */
    private static final long HOUSEKEEPING_INTERVAL_SECONDS = 60;

    private static final int TARGET_FILL_RATE = 50;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ScheduledExecutorService housekeeping;
    private volatile boolean closed;

    public DurableH2Backend(Path file) {
        this(openStore(file));
    }

    private DurableH2Backend(MVStore mvStore) {
        super(mvStore);
        housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mongo-store-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        housekeeping.scheduleWithFixedDelay(
                this::compact, HOUSEKEEPING_INTERVAL_SECONDS, HOUSEKEEPING_INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    /** Opens (or creates) the MVStore file with auto-commit disabled. */
    static MVStore openStore(Path file) {
        log.info("opening MVStore in '{}'", file);
        return new MVStore.Builder()
                .fileName(file.toAbsolutePath().toString())
                // no background writer thread: nothing is committed but by commit()
                .autoCommitDisabled()
                // no commit in the middle of a request when the unsaved changes grow large
                .autoCommitBufferSize(0)
                .open();
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        return durably(() -> super.handleMessage(message));
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            return durably(() -> hello(channel, databaseName, query));
        }
        return durably(() -> super.handleCommand(channel, databaseName, command, query));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return durably(() -> super.handleQuery(query));
    }

    /** {@code hello}: what the backend answers for {@code isMaster}, with the fields of the newer command. */
    private Document hello(Channel channel, String databaseName, Document query) {
        Document isMaster = super.handleCommand(channel, databaseName, "isMaster", query);
        Document hello = new Document();
        hello.put("isWritablePrimary", Boolean.TRUE);
        hello.put("helloOk", Boolean.TRUE);
        for (Map.Entry<String, Object> entry : isMaster.entrySet()) {
            if (!"ismaster".equalsIgnoreCase(entry.getKey())) {
                hello.put(entry.getKey(), entry.getValue());
            }
        }
        return hello;
    }

    /**
     * Runs a request under the shared lock, then (for the outermost request of this thread) commits what it changed,
     * also when it failed halfway (a bulk write with an error may have written part of its documents).
     */
    private <T> T durably(Supplier<T> request) {
        try {
            lock.readLock().lock();
            try {
                return request.get();
            } finally {
                lock.readLock().unlock();
            }
        } finally {
            if (lock.getReadHoldCount() == 0) {
                commitIfChanged();
            }
        }
    }

    private void commitIfChanged() {
        if (!getMvStore().hasUnsavedChanges()) {
            // a read, or another request's commit took this one's changes along
            return;
        }
        lock.writeLock().lock();
        try {
            MVStore store = getMvStore();
            if (!closed && store.hasUnsavedChanges()) {
                store.commit();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Rewrites chunks with little live data, while no request runs, then commits. */
    void compact() {
        lock.writeLock().lock();
        try {
            MVStore store = getMvStore();
            if (closed || store.isClosed()) {
                return;
            }
            int fillRate = store.getFillRate();
            if (fillRate < TARGET_FILL_RATE && store.compact(TARGET_FILL_RATE, 16 * 1024 * 1024)) {
                store.commit();
                log.debug("compacted MVStore (fill rate was {}%, now {}%)", fillRate, store.getFillRate());
            }
        } catch (RuntimeException e) {
            log.warn("compacting the MVStore failed: {}", e.toString());
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Commits what is left and closes the store (compacting it for up to a second). */
    @Override
    public void close() {
        housekeeping.shutdownNow();
        lock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            MVStore store = getMvStore();
            String fileName =
                    store.getFileStore() == null ? "" : store.getFileStore().getFileName();
            if (!store.isClosed()) {
                store.commit();
                // H2Backend.close() would close the store without compaction time
                store.close(1000);
            }
            super.close();
            log.info("committed and closed MVStore '{}'", fileName);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
