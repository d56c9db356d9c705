package im.parley.client;

import java.time.Instant;

/**
 * How much of an archive is held locally: everything from {@code oldestId} to {@code newestId},
 * with no gap (the newest end only moves when a page is stored, never for a live message, so the
 * next catch-up always starts where the stored range ends). {@code reachedStart}: nothing older exists.
 */
public record SyncPoint(String newestId, Instant newestTime, String oldestId, Instant oldestTime, boolean reachedStart) {
}
