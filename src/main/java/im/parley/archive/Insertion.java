package im.parley.archive;

/**
 * The outcome of storing one message: its key, and whether the archive held it already (then
 * nothing new was written, though a missing archive id may have been filled in).
 */
public record Insertion(long key, boolean duplicate) {
}
