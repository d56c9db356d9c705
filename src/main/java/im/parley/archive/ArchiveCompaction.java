package im.parley.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Logger;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;

/**
 * Giving back the disk space a bulk load leaves in the archive file. H2's store is copy-on-write:
 * each commit appends the B-tree pages it changed, and the file shrinks only when live chunks are
 * moved down and its end is cut, which H2 does at close for at most {@code MAX_COMPACT_TIME}. After
 * an import, a first catch-up of many pages or deleting an account's history, the file stays several
 * times larger than what it holds (docs/BENCHMARKS.md, "Compacting the local archive").
 *
 * <p>A full compaction ({@code SHUTDOWN COMPACT}) closes the database, copies its live pages into a
 * new file ({@code archive.mv.db.tempFile}) and renames that over the old one in one atomic move:
 * killed at any moment before the move, the old file is untouched and the copy is garbage, which the
 * next open deletes (and where no atomic move exists, the next open finishes H2's move). It costs time in proportion to the live data, so it runs only when the file is
 * far larger than that ({@link Footprint#worthCompacting}): never after an ordinary session.
 */
final class ArchiveCompaction {
    private static final Logger LOG = Logger.getLogger(ArchiveCompaction.class.getName());
    /** H2's name for the copy a compaction writes before renaming it over the archive. */
    private static final String COPY_SUFFIX = ".tempFile";
    /** H2's interim name for that copy where the file system cannot replace a file in one rename. */
    private static final String MOVED_SUFFIX = ".newFile";

    private ArchiveCompaction() {
    }

    /** The archive file as {@code connection}'s database sees it, from H2's own chunk bookkeeping (no page is read). */
    static Footprint footprint(Connection connection) throws SQLException {
        // H2 2.5 no longer shows its store's fill rates in INFORMATION_SCHEMA.SETTINGS; its store object does.
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        FileStore<?> file = session.getDatabase().getStore().getMvStore().getFileStore();
        long size = file.size();
        // The share of the file's blocks that chunks use, times the share of those chunks' pages still live.
        long live = size * file.getFillRate() / 100 * file.getChunksFillRate() / 100;
        return new Footprint(size, live);
    }

    /**
     * Closes {@code connection}'s database with a full compaction, taking every other connection to it
     * down too; returns the file's size before and after.
     */
    static Compaction compactAndClose(Connection connection, Path file) throws SQLException {
        long before = size(file);
        long start = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        return new Compaction(before, size(file), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Puts back a compacted copy that a kill left under its interim name. Where the file system cannot
     * rename over a file in one step, H2 renames the copy to {@code .newFile}, deletes the archive and
     * renames the copy into place: killed between the last two steps, only {@code .newFile} is left.
     */
    static void finishInterruptedMove(Path file) {
        Path moving = file.resolveSibling(file.getFileName() + MOVED_SUFFIX);
        if (Files.exists(file) || !Files.exists(moving)) {
            return;
        }
        try {
            Files.move(moving, file);
            LOG.warning("the archive was found as " + moving + ", where a compaction left it; moved back");
        } catch (IOException e) {
            throw new ArchiveException("the archive is in " + moving + " (a compaction was cut short) and cannot be"
                    + " moved back to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the copy of a compaction that was cut short (the process killed or the disk full). Call
     * it only while connected: another process's compaction holds the archive until it renames its copy.
     */
    static void deleteUnfinishedCopy(Path file) {
        Path copy = file.resolveSibling(file.getFileName() + COPY_SUFFIX);
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            // Only disk space is lost; the next compaction overwrites it.
            LOG.warning("cannot delete " + copy + ", an unfinished compaction's copy: " + e.getMessage());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ArchiveException("cannot read the size of " + file, e);
        }
    }
}
