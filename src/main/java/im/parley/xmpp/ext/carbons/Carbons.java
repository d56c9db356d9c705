package im.parley.xmpp.ext.carbons;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.forward.Forwarded;
import im.parley.xmpp.ext.forward.ForwardedCodec;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.Optional;
import java.util.logging.Logger;

/** The XEP-0280 codec: enable/disable requests, wrapping and (checked) unwrapping of copies. */
public final class Carbons {
    public static final String NAMESPACE = "urn:xmpp:carbons:2";
    public static final String HINTS_NAMESPACE = "urn:xmpp:hints";
    private static final Logger LOG = Logger.getLogger(Carbons.class.getName());
    private static final ForwardedCodec FORWARDED = new ForwardedCodec();

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
        XmlElement forwarded = FORWARDED.encode(new Forwarded(null, copy.inner()));
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
        return wrapper.get().child(Forwarded.ELEMENT, Forwarded.NAMESPACE)
                .flatMap(Carbons::forwardedMessage)
                .map(inner -> new CarbonCopy(direction, inner));
    }

    private static Optional<XmlElement> wrapper(Message m) {
        return m.payload("received", NAMESPACE).or(() -> m.payload("sent", NAMESPACE));
    }

    /** The message a copy forwards; a copy of anything else, or of nothing readable, is none. */
    private static Optional<Message> forwardedMessage(XmlElement forwarded) {
        Decoded<Forwarded> decoded = FORWARDED.decode(forwarded);
        if (decoded instanceof Decoded.Malformed<Forwarded> m) {
            LOG.fine(() -> "dropped a carbon with a malformed forwarded message: " + m.reason());
        }
        return decoded.valueIfAny().map(Forwarded::stanza)
                .filter(Message.class::isInstance).map(Message.class::cast);
    }
}
