package im.parley.xmpp.ext.sid;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.Optional;
import java.util.UUID;

/** Reading and writing XEP-0359 ids on messages. */
public final class StableIds {
    private StableIds() {
    }

    /** The message with a fresh random origin-id, replacing any it had. */
    public static Message withOriginId(Message m) {
        return withOriginId(m, UUID.randomUUID().toString());
    }

    public static Message withOriginId(Message m, String id) {
        return m.toBuilder().replacePayload(new OriginId(id).toXml()).build();
    }

    /** The sender's origin-id, if it has a well-formed one. */
    public static Optional<OriginId> originId(Message m) {
        return m.payload(OriginId.ELEMENT, OriginId.NAMESPACE).flatMap(e -> {
            try {
                return Optional.of(OriginId.fromXml(e));
            } catch (PayloadFormatException ex) {
                return Optional.empty();
            }
        });
    }

    /**
     * The stanza-id that {@code expectedBy} assigned: our own bare JID for 1:1 archives, the room
     * for MUC. Anyone can put a stanza-id in a message they send, so ids claiming another 'by'
     * are ignored (XEP-0359 §4: they would let a sender overwrite or hide archived messages).
     */
    public static Optional<StanzaId> stanzaId(Message m, Jid expectedBy) {
        for (XmlElement e : m.payloads()) {
            if (!e.is(StanzaId.ELEMENT, OriginId.NAMESPACE)) {
                continue;
            }
            try {
                StanzaId sid = StanzaId.fromXml(e);
                if (sid.by().equals(expectedBy)) {
                    return Optional.of(sid);
                }
            } catch (PayloadFormatException ignored) {
                // A malformed id is as good as none; a later well-formed one may still match.
            }
        }
        return Optional.empty();
    }
}
