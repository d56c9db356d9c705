package im.parley.archive;

import java.time.Instant;

/** A conversation as the sidebar lists it: its last message, unread count, pinned and muted. */
public record ConversationRow(String peer, ConversationKind kind, Long lastKey, Instant lastTime, String lastBody,
                              boolean lastOutgoing, int unread, boolean pinned, boolean muted) {
}
