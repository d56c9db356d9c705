package im.parley.archive;

/**
 * The archive file's size and, of it, the bytes its live data takes: an estimate from H2's chunk
 * bookkeeping, exact to a few percent.
 */
public record Footprint(long fileBytes, long liveBytes) {
    /** Below this much to gain a compaction is not worth its time, whatever the ratio. */
    static final long MIN_GAIN_BYTES = 16L << 20;

    /** The bytes a full compaction would give back, about. */
    public long wastedBytes() {
        return Math.max(0, fileBytes - liveBytes);
    }

    /**
     * Whether a full compaction pays: the file is more than twice its live data and at least 16 MB
     * would come back. Its time goes with the live data (about 1.2 s for 37 MB), so it is spent only
     * where more than that comes back. An ordinary session stays below it (H2 reuses the space its
     * housekeeping frees); a bulk load goes far above it (docs/BENCHMARKS.md).
     */
    public boolean worthCompacting() {
        return wastedBytes() >= MIN_GAIN_BYTES && liveBytes * 2 < fileBytes;
    }
}
