package im.parley.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;

/**
 * The local archive of one profile: an embedded H2 file database ({@code archive.mv.db} in the
 * profile folder) holding accounts, rosters, the caps cache, every message and the sync cursors.
 *
 * <p>Writes go through one connection, one transaction each, so a crash leaves either all of a
 * write or none of it. Each write's commit is followed by a {@code CHECKPOINT}, which writes it
 * to the file: a message the archive said it committed is on disk before anyone is told of it,
 * and a process killed at any moment loses nothing committed. (Not {@code WRITE_DELAY=0}, which
 * flushes too but also stops H2's background housekeeping: the file then never compacts and
 * grew to 2 KB a message.) Reads use connections of their own and see committed data
 * only (MVCC), so a long read never waits for a write.
 *
 * <p>A bulk load leaves the file several times larger than its data; opening and closing compact it
 * fully when that is so ({@link ArchiveCompaction}).
 */
public final class Archive implements AutoCloseable {
    /** The connection work of a read or a write. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private static final Logger LOG = Logger.getLogger(Archive.class.getName());
    private static final int IDLE_READERS = 4;
    private static final String FILE = "archive.mv.db";

    private final String url;
    private final Path file;
    private final Connection writer;
    private final Deque<Connection> readers = new ArrayDeque<>();
    private boolean closed;
    private volatile boolean compactionAsked;

    private Archive(String url, Path file, Connection writer) {
        this.url = url;
        this.file = file;
        this.writer = writer;
    }

    /** Opens (creating when absent) the archive in {@code folder}, brought to the current schema. */
    public static Archive open(Path folder) {
        return open(folder, Migrations.known().size());
    }

    /** Opens the archive at an older schema: for migration tests only. */
    static Archive open(Path folder, int schema) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ArchiveException("cannot create the profile folder " + folder, e);
        }
        String url = url(folder);
        Path file = folder.resolve(FILE);
        ArchiveCompaction.finishInterruptedMove(file);
        Connection c = connect(url, folder);
        try {
            // Only once connected: another process compacting holds the file until its copy is renamed.
            ArchiveCompaction.deleteUnfinishedCopy(file);
            // Before anything reads it: a bulk load whose close did not compact (the process was killed).
            if (ArchiveCompaction.footprint(c).worthCompacting()) {
                compactAtOpen(c, file);
                c = connect(url, folder);
            }
            c.setAutoCommit(false);
            Migrations.apply(c, schema);
            return new Archive(url, file, c);
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof ArchiveException ae) {
                throw ae;
            }
            throw new ArchiveException("cannot bring the archive in " + folder + " to this version's schema", e);
        }
    }

    /** A compaction that fails (a full disk) leaves the archive as it was: it opens uncompacted. */
    private static void compactAtOpen(Connection c, Path file) {
        try {
            log("opening", ArchiveCompaction.compactAndClose(c, file));
        } catch (SQLException e) {
            LOG.warning("the archive could not be compacted; it opens as it was: " + e.getMessage());
            closeQuietly(c);
            ArchiveCompaction.deleteUnfinishedCopy(file);
        }
    }

    /**
     * Compacts the archive in {@code folder} fully, whatever its footprint: for the user who asks
     * ({@code parley cli compact}). Fails like {@link #open} when another Parley has it open.
     */
    public static Compaction compact(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            throw new ArchiveException("no archive in " + folder);
        }
        // H2 deletes a cut-short copy itself before it writes a new one.
        Connection c = connect(url(folder), folder);
        try {
            Compaction done = ArchiveCompaction.compactAndClose(c, file);
            log("asked", done);
            return done;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new ArchiveException("cannot compact the archive in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("archive")
                // We close the database ourselves, after the last write; H2's own hook could close
                // it under a write still running at exit. No compaction at close (H2's default is
                // 0.2 s): it took about 1.3 s of every exit and doubled a freshly compacted file
                // (22 -> 44 MB) by rewriting chunks it had no time left to move down; a bulk load is
                // compacted fully instead (docs/BENCHMARKS.md, "Compacting the local archive").
                + ";DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0";
    }

    private static Connection connect(String url, Path folder) {
        try {
            return DriverManager.getConnection(url, "parley", "");
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new ArchiveException("the archive in " + folder + " is open in another Parley: close that one first", e);
            }
            throw new ArchiveException("cannot open the archive in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void log(String when, Compaction done) {
        LOG.info(() -> String.format("archive compacted (%s): %,d -> %,d bytes in %d ms", when, done.bytesBefore(),
                done.bytesAfter(), done.took().toMillis()));
    }

    /** The schema version the archive is at. */
    public int schemaVersion() {
        return read(Migrations::current);
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T write(Work<T> work) {
        synchronized (writer) {
            ensureOpen();
            try {
                T result = work.run(writer);
                writer.commit();
                try (java.sql.Statement flush = writer.createStatement()) {
                    flush.execute("CHECKPOINT");
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    writer.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                if (e instanceof ArchiveException ae) {
                    throw ae;
                }
                throw new ArchiveException("archive write failed: " + e.getMessage(), e);
            }
        }
    }

    /** Runs {@code work} on a connection of its own that sees committed data. */
    public <T> T read(Work<T> work) {
        Connection c = borrow();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new ArchiveException("archive read failed: " + e.getMessage(), e);
        } finally {
            giveBack(c);
        }
    }

    private Connection borrow() {
        synchronized (readers) {
            ensureOpen();
            Connection c = readers.poll();
            if (c != null) {
                return c;
            }
        }
        try {
            Connection c = DriverManager.getConnection(url, "parley", "");
            c.setReadOnly(true);
            return c;
        } catch (SQLException e) {
            throw new ArchiveException("cannot open a connection to the archive", e);
        }
    }

    private void giveBack(Connection c) {
        synchronized (readers) {
            if (!closed && readers.size() < IDLE_READERS) {
                readers.push(c);
                return;
            }
        }
        closeQuietly(c);
    }

    private void ensureOpen() {
        if (closed) {
            throw new ArchiveException("the archive is closed");
        }
    }

    /** The file's size and its live data now. */
    public Footprint footprint() {
        synchronized (writer) {
            ensureOpen();
            try {
                return ArchiveCompaction.footprint(writer);
            } catch (SQLException e) {
                throw new ArchiveException("cannot read the archive's footprint: " + e.getMessage(), e);
            }
        }
    }

    /** Asks for a full compaction when the archive closes, whatever it gives back (the user asked for it). */
    public void compactAtClose() {
        compactionAsked = true;
    }

    /** Waits for the write in progress, then closes the database, compacting it fully after a bulk load. */
    @Override
    public void close() {
        close(true);
    }

    /** Closes; {@code compactIfWorthIt} false leaves the file as a close cut short would (for tests). */
    void close(boolean compactIfWorthIt) {
        synchronized (writer) {
            synchronized (readers) {
                if (closed) {
                    return;
                }
                closed = true;
                readers.forEach(Archive::closeQuietly);
                readers.clear();
            }
            try {
                if (compactIfWorthIt && (compactionAsked || ArchiveCompaction.footprint(writer).worthCompacting())) {
                    log("closing", ArchiveCompaction.compactAndClose(writer, file));
                    return;
                }
            } catch (SQLException e) {
                // Closing is best effort: every commit is on disk, and the next open compacts.
                LOG.warning("the archive could not be compacted at close: " + e.getMessage());
            }
            closeQuietly(writer);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closing is best effort: the file is consistent after every commit.
        }
    }
}
