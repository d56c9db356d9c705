package im.parley.client.history;

import java.time.Duration;

/** What compacting a profile's archive did: its file's size before and after, and the time it took. */
public record CompactedArchive(long bytesBefore, long bytesAfter, Duration took) {
}
