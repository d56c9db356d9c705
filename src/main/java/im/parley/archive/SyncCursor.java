package im.parley.archive;

import java.time.Instant;

/**
 * How much of one archive (the user's own, or a room's) is stored here: everything from
 * {@code oldestId} to {@code newestId}, with no gap. History before {@code oldestId} comes on
 * demand; {@code reachedStart} says there is none.
 */
public record SyncCursor(String archive, String newestId, Instant newestTime, String oldestId, Instant oldestTime,
                         boolean reachedStart) {
}
