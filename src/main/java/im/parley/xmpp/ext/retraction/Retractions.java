package im.parley.xmpp.ext.retraction;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.Optional;

/** Building retractions and deciding whether a received one may remove a 1:1 message. */
public final class Retractions {
    /** Use Case: what a client without retraction support shows instead. */
    public static final String FALLBACK_BODY = "/me retracted a previous message, but it's unsupported by your client.";

    private Retractions() {
    }

    /**
     * A chat message to {@code to} retracting {@code originalId}, with the Use Case fallback body
     * (marked as such, XEP-0428) and a store hint, so that servers archive it and older clients
     * still see that something was taken back.
     */
    public static Message retract(Jid to, String originalId, String newId) {
        return Message.builder().to(to).id(newId).type(Message.Type.CHAT)
                .payload(new Retract(originalId).toXml())
                .payload(XmlElement.builder("fallback", Retract.FALLBACK_NAMESPACE)
                        .attribute("for", Retract.NAMESPACE).build())
                .body(FALLBACK_BODY)
                .payload(XmlElement.empty("store", Retract.HINTS_NAMESPACE))
                .build();
    }

    /**
     * Whether {@code retraction} may remove {@code original} in a 1:1 chat: it names the
     * original's id and comes from the same bare JID (the author's other devices may retract too,
     * Business Rules; anyone else may not, as ids are guessable). Group chats need occupant tracking and the
     * room's stanza ids, which this check does not cover, so they are refused.
     */
    public static boolean isValidRetraction(Message original, Message retraction) {
        Optional<Retract> r = Retract.of(retraction);
        if (r.isEmpty() || original.id() == null || !r.get().id().equals(original.id())) {
            return false;
        }
        if (original.type() == Message.Type.GROUPCHAT || retraction.type() == Message.Type.GROUPCHAT) {
            return false;
        }
        return original.from() != null && retraction.from() != null
                && original.from().bare().equals(retraction.from().bare());
    }
}
