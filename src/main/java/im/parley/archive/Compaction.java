package im.parley.archive;

import java.time.Duration;

/** What a full compaction of the archive did: the file's size before and after, and the time it took. */
public record Compaction(long bytesBefore, long bytesAfter, Duration took) {
}
