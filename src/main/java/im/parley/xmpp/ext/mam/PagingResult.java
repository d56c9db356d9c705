package im.parley.xmpp.ext.mam;

/**
 * How a sync through pages ended.
 *
 * @param pages the pages handed over, empty ones included
 * @param messages the messages in them
 * @param cursor the archive id to go on from next time: the newest one seen when paging
 *     forward, the oldest when paging backward; the id paging started from when none was seen
 * @param reachedEnd the archive has nothing further in that direction; false when the handler stopped
 */
public record PagingResult(int pages, int messages, String cursor, boolean reachedEnd) {
}
