package im.parley.client.history;

/** The disk space of a profile's archive: its file, and the part its data takes (an estimate). */
public record ArchiveSpace(long fileBytes, long dataBytes) {
    /** About what compacting would give back. */
    public long reclaimableBytes() {
        return Math.max(0, fileBytes - dataBytes);
    }
}
