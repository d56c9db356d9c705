package im.parley.client.history;

import java.time.Instant;

/** A conversation as the sidebar lists it. */
public record ConversationSummary(String peer, boolean room, Instant lastTime, String lastBody, boolean lastOutgoing,
                                  int unread, boolean pinned, boolean muted) {
}
