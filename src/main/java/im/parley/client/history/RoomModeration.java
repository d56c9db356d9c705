package im.parley.client.history;

import im.parley.archive.MessageStore;
import im.parley.xmpp.ext.mam.ArchivedMessage;
import im.parley.xmpp.ext.moderation.Moderated;
import im.parley.xmpp.ext.moderation.ModeratedTombstone;
import im.parley.xmpp.ext.moderation.Moderations;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.time.Instant;
import java.util.Optional;

/**
 * Moderators' retractions of room messages (XEP-0425) in the local archive, however they arrive:
 * the room's live announcement, the same announcement in the room's archive, or the tombstone the
 * room's archive holds in the message's place.
 */
final class RoomModeration {
    private RoomModeration() {
    }

    static MessageStore.Moderation apply(MessageStore store, long accountId, Jid room, String stanzaId, Jid by,
                                         String reason, Instant at) {
        return store.moderate(accountId, room.bare().toString(), stanzaId, by == null ? null : by.toString(), reason, at);
    }

    /**
     * The moderation an archived message of {@code room} announces: only the room itself (its
     * bare JID) may announce one; an occupant's is ignored.
     */
    static Optional<Moderated> announced(Jid room, ArchivedMessage a) {
        Message m = a.message();
        if (m.type() != Message.Type.GROUPCHAT || m.from() == null || !m.from().equals(room.bare())) {
            return Optional.empty();
        }
        return Moderations.announcement(m);
    }

    /** The tombstone an archived message of one of {@code room}'s occupants is, if it is one. */
    static Optional<ModeratedTombstone> tombstone(Jid room, ArchivedMessage a) {
        Message m = a.message();
        if (m.type() != Message.Type.GROUPCHAT || m.from() == null || !m.from().bare().equals(room.bare())
                || m.from().resource() == null) {
            return Optional.empty();
        }
        return Moderations.tombstone(m);
    }
}
