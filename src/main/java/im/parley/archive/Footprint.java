package im.parley.archive;

/**
 * The archive file's size and, of it, the bytes its live data takes: an estimate from H2's chunk
 * bookkeeping, exact to a few percent.
 */
public record Footprint(long fileBytes, long liveBytes) {
    /** Below this much to gain a compaction is not worth its time, whatever the ratio. */
    static final long MIN_GAIN_BYTES = 32L << 20;

    /** The bytes a full compaction would give back, about. */
    public long wastedBytes() {
        return Math.max(0, fileBytes - liveBytes);
    }

    /**
     * Whether a full compaction pays: the file is more than twice its live data and at least 32 MB
     * would come back. An ordinary session stays far below that (H2 reuses freed space and compacts a
     * little at every close); a bulk load goes far above it (docs/BENCHMARKS.md).
     */
    public boolean worthCompacting() {
        return wastedBytes() >= MIN_GAIN_BYTES && liveBytes * 2 < fileBytes;
    }
}
