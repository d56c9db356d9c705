package im.parley.client;

import im.parley.xmpp.jid.Jid;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a message the user sends is, beside its body: a new line of the conversation (plain, a
 * reply, or private to a room's occupant), or a change of an earlier message (a correction, a retraction, reactions).
 *
 * <p>In one-to-one chats the earlier message is named by the id its sender gave it, never by a
 * server's stanza-id, which XEP-0308, XEP-0424, XEP-0444 and XEP-0461 keep for group chats: the
 * id attribute (XEP-0308, XEP-0444, XEP-0461) or the origin-id (XEP-0424). Parley sends every
 * message with the two equal, so {@code HistoryMessage.messageId()} is right for all of them.
 */
public sealed interface OutgoingKind {
    /** A new message of the conversation. */
    record Plain() implements OutgoingKind {
    }

    /**
     * A new message to one occupant of a group room, through the room (XEP-0045 §7.5): the
     * recipient is the occupant JID, room@service/nick, and the conversation is theirs alone.
     */
    record RoomPrivate() implements OutgoingKind {
    }

    /**
     * A new message answering {@code replyToId} (XEP-0461) written by {@code replyToSender} (null
     * when unknown); {@code quotedText} goes before the body as the fallback quote.
     */
    record Reply(String replyToId, Jid replyToSender, String quotedText) implements OutgoingKind {
        public Reply {
            Objects.requireNonNull(replyToId, "replyToId");
            Objects.requireNonNull(quotedText, "quotedText");
        }
    }

    /** Replaces the text of the user's own message {@code replacesId} with the body (XEP-0308). */
    record Correction(String replacesId) implements OutgoingKind {
        public Correction {
            Objects.requireNonNull(replacesId, "replacesId");
        }
    }

    /** Takes back the user's own message {@code retractedId} (XEP-0424); the body is the fallback. */
    record Retraction(String retractedId) implements OutgoingKind {
        public Retraction {
            Objects.requireNonNull(retractedId, "retractedId");
        }
    }

    /** The user's whole set of reactions to {@code messageId}, empty to take them back (XEP-0444). */
    record Reactions(String messageId, Set<String> emojis) implements OutgoingKind {
        public Reactions {
            Objects.requireNonNull(messageId, "messageId");
            // The order the user picked them in is the order they go out in.
            emojis = Collections.unmodifiableSet(new LinkedHashSet<>(emojis));
        }
    }

    /** Whether the message changes an earlier one rather than adding a line to the conversation. */
    default boolean changesEarlier() {
        return !(this instanceof Plain || this instanceof Reply || this instanceof RoomPrivate);
    }
}
