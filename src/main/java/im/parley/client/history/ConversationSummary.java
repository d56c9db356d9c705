package im.parley.client.history;

import java.time.Instant;

/**
 * A conversation as the sidebar lists it.
 *
 * @param peer the contact's or room's bare JID; for {@code roomPrivate}, the occupant JID room@service/nick
 * @param roomPrivate a private conversation with one occupant of a room (XEP-0045 §7.5)
 */
public record ConversationSummary(String peer, boolean room, boolean roomPrivate, Instant lastTime, String lastBody, boolean lastOutgoing,
                                  int unread, boolean pinned, boolean muted) {
}
