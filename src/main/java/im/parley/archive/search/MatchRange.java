package im.parley.archive.search;

/** A matched word in a hit's text: UTF-16 char offsets, {@code start} inclusive, {@code end} exclusive. */
public record MatchRange(int start, int end) {
    public MatchRange {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}
