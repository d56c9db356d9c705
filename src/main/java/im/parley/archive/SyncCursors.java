package im.parley.archive;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** The sync cursor of each archive an account reads (XEP-0313). */
public final class SyncCursors {
    private final Archive archive;

    public SyncCursors(Archive archive) {
        this.archive = archive;
    }

    public Optional<SyncCursor> get(long accountId, String archiveJid) {
        return archive.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT newest_id, newest_time, oldest_id, oldest_time, "
                    + "reached_start FROM sync_cursor WHERE account_id = ? AND archive = ?")) {
                p.setLong(1, accountId);
                p.setString(2, archiveJid);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new SyncCursor(archiveJid, r.getString(1), r.getObject(2, Instant.class),
                            r.getString(3), r.getObject(4, Instant.class), r.getBoolean(5)));
                }
            }
        });
    }

    public void put(long accountId, SyncCursor cursor) {
        archive.write(c -> {
            try (PreparedStatement p = c.prepareStatement("MERGE INTO sync_cursor (account_id, archive, newest_id, "
                    + "newest_time, oldest_id, oldest_time, reached_start, updated_at) KEY (account_id, archive) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setLong(1, accountId);
                p.setString(2, cursor.archive());
                p.setString(3, cursor.newestId());
                p.setObject(4, cursor.newestTime(), Types.TIMESTAMP_WITH_TIMEZONE);
                p.setString(5, cursor.oldestId());
                p.setObject(6, cursor.oldestTime(), Types.TIMESTAMP_WITH_TIMEZONE);
                p.setBoolean(7, cursor.reachedStart());
                p.setObject(8, Instant.now(), Types.TIMESTAMP_WITH_TIMEZONE);
                p.executeUpdate();
            }
            return null;
        });
    }
}
