package im.parley.xmpp.ext.carbons;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.stanza.StanzaFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.Optional;
import java.util.logging.Logger;

/** The XEP-0280 codec: enable/disable requests, wrapping and (checked) unwrapping of copies. */
public final class Carbons {
    public static final String NAMESPACE = "urn:xmpp:carbons:2";
    public static final String FORWARD_NAMESPACE = "urn:xmpp:forward:0";
    public static final String HINTS_NAMESPACE = "urn:xmpp:hints";
    private static final Logger LOG = Logger.getLogger(Carbons.class.getName());

    private Carbons() {
    }

    /** §4: the request goes to our own account, so it carries no 'to'. */
    public static Iq enableRequest() {
        return Iq.set(null, XmlElement.empty("enable", NAMESPACE));
    }

    public static Iq disableRequest() {
        return Iq.set(null, XmlElement.empty("disable", NAMESPACE));
    }

    /**
     * The message marked so the server makes no carbons of it (§6): {@code <private/>} for
     * XEP-0280 servers, and the XEP-0334 {@code <no-copy/>} hint the XEP asks to add with it.
     */
    public static Message withoutCopies(Message m) {
        return m.toBuilder().replacePayload(XmlElement.empty("private", NAMESPACE))
                .replacePayload(XmlElement.empty("no-copy", HINTS_NAMESPACE)).build();
    }

    /** Whether the message asks for no carbons. */
    public static boolean isPrivate(Message m) {
        return m.payload("private", NAMESPACE).isPresent();
    }

    /** Whether the message wraps a carbon, genuine or not: such a message is no chat of its own. */
    public static boolean isCarbon(Message m) {
        return wrapper(m).isPresent();
    }

    /** The outer message a server would send {@code account}'s resource for this copy. */
    public static Message wrap(CarbonCopy copy, Jid account, Jid to) {
        XmlElement forwarded = XmlElement.builder("forwarded", FORWARD_NAMESPACE).child(copy.inner().toXml()).build();
        return Message.builder().from(account.bare()).to(to).type(copy.inner().type())
                .payload(XmlElement.builder(copy.direction().element(), NAMESPACE).child(forwarded).build())
                .build();
    }

    /**
     * The carbon copy the message carries, if it is one from our own server. §11: only our own
     * bare JID may send us carbons; anyone else could otherwise put words in a contact's mouth
     * (CVE-2017-5589), so such copies are dropped and logged.
     */
    public static Optional<CarbonCopy> unwrap(Message outer, Jid account) {
        Optional<XmlElement> wrapper = wrapper(outer);
        if (wrapper.isEmpty()) {
            return Optional.empty();
        }
        if (outer.from() == null || !outer.from().equals(account.bare())) {
            LOG.warning(() -> "dropped a forged carbon from " + outer.from() + " (only " + account.bare()
                    + " may send carbons)");
            return Optional.empty();
        }
        CarbonCopy.Direction direction = wrapper.get().name().equals("sent")
                ? CarbonCopy.Direction.SENT : CarbonCopy.Direction.RECEIVED;
        return wrapper.get().child("forwarded", FORWARD_NAMESPACE)
                .flatMap(f -> f.child("message", Stanza.CLIENT_NAMESPACE))
                .flatMap(Carbons::decode)
                .map(inner -> new CarbonCopy(direction, inner));
    }

    private static Optional<XmlElement> wrapper(Message m) {
        return m.payload("received", NAMESPACE).or(() -> m.payload("sent", NAMESPACE));
    }

    private static Optional<Message> decode(XmlElement e) {
        try {
            return Stanza.fromXml(e).map(Message.class::cast);
        } catch (StanzaFormatException ex) {
            LOG.fine(() -> "dropped a carbon with a malformed inner message: " + ex.getMessage());
            return Optional.empty();
        }
    }
}
