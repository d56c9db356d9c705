package im.parley.xmpp.ext.jmi;

import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.jingle.rtp.RtpDescription;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Jingle Message Initiation payload (urn:xmpp:jingle-message:0): the call set-up that runs in
 * chat messages before the Jingle session itself, so that every device of the callee rings.
 *
 * <p>Which sender to believe: the id only names a call; match each message by id <em>and</em> the
 * peer's bare JID. Because all devices of both parties see these messages (carbons, XEP-0280, and
 * the archive, XEP-0313, per Business Rules), one of our own messages also comes back from our
 * own bare JID: a proceed or reject from it means another of our devices answered (stop ringing),
 * a propose from it is a call we placed elsewhere (never ring for it). After an archive catch-up,
 * a propose may already be answered by a later message of the same id.
 */
public sealed interface JingleMessage {
    String NAMESPACE = "urn:xmpp:jingle-message:0";
    String HINTS_NAMESPACE = "urn:xmpp:hints";
    String JINGLE_NAMESPACE = "urn:xmpp:jingle:1";

    /** The call's id, the same as the sid of the Jingle session that follows. */
    String id();

    XmlElement toXml();

    /** §3: a chat message with a store hint, so the archives of both parties keep it. */
    default Message toMessage(Jid to) {
        return Message.builder().to(to).type(Message.Type.CHAT)
                .payload(toXml())
                .payload(XmlElement.empty("store", HINTS_NAMESPACE))
                .build();
    }

    /** The payload a message carries, or empty if it has none or a malformed one. */
    static Optional<JingleMessage> of(Message m) {
        for (XmlElement e : m.payloads()) {
            if (e.namespace().equals(NAMESPACE)) {
                try {
                    return Optional.of(fromXml(e));
                } catch (PayloadFormatException ex) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static JingleMessage fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.namespace().equals(NAMESPACE)) {
            throw new PayloadFormatException("not a Jingle message: " + e.name() + " in " + e.namespace());
        }
        String id = PayloadAttributes.required(e, "id");
        XmlElement reason = e.child("reason", JINGLE_NAMESPACE).orElse(null);
        boolean tieBreak = e.child("tie-break", NAMESPACE).isPresent();
        return switch (e.name()) {
            case "propose" -> Propose.fromXml(id, e);
            case "ringing" -> new Ringing(id);
            case "retract" -> new Retract(id, reason, tieBreak);
            case "accept" -> new Accept(id);
            case "proceed" -> new Proceed(id);
            case "reject" -> new Reject(id, reason, tieBreak);
            case "finish" -> new Finish(id, reason, migratedTo(e));
            default -> throw new PayloadFormatException("unknown Jingle message <" + e.name() + "/>");
        };
    }

    /** A Jingle {@code <reason/>} (XEP-0166 §7.4) with a condition such as "busy" and an optional text. */
    static XmlElement reason(String condition, String text) {
        XmlElement.Builder b = XmlElement.builder("reason", JINGLE_NAMESPACE)
                .child(XmlElement.empty(condition, JINGLE_NAMESPACE));
        if (text != null) {
            b.child(XmlElement.ofText("text", JINGLE_NAMESPACE, text));
        }
        return b.build();
    }

    /** The condition of a Jingle reason, e.g. "busy"; empty when the reason is null or has none. */
    static Optional<String> condition(XmlElement reason) {
        if (reason == null) {
            return Optional.empty();
        }
        return reason.elements().stream()
                .filter(c -> c.namespace().equals(JINGLE_NAMESPACE) && !c.name().equals("text"))
                .map(XmlElement::name)
                .findFirst();
    }

    private static String migratedTo(XmlElement finish) throws PayloadFormatException {
        XmlElement migrated = finish.child("migrated", NAMESPACE).orElse(null);
        return migrated == null ? null : PayloadAttributes.required(migrated, "to");
    }

    private static XmlElement element(String name, String id, XmlElement reason, boolean tieBreak) {
        XmlElement.Builder b = XmlElement.builder(name, NAMESPACE).attribute("id", id);
        if (reason != null) {
            b.child(reason);
        }
        if (tieBreak) {
            b.child(XmlElement.empty("tie-break", NAMESPACE));
        }
        return b.build();
    }

    /**
     * The caller intends a session with these descriptions; sent to the callee's bare JID.
     * Answering with ringing or proceed tells the caller we are online, so per Security
     * Considerations a client sends them only after the user agreed (or for roster contacts).
     *
     * @param descriptions one application description per media type, kept as received
     */
    record Propose(String id, List<XmlElement> descriptions) implements JingleMessage {
        public Propose {
            Objects.requireNonNull(id, "id");
            descriptions = List.copyOf(descriptions);
            if (descriptions.isEmpty()) {
                throw new IllegalArgumentException("§3.1: a propose needs a description");
            }
        }

        /** A proposal of an RTP session with one description per media type, e.g. "audio", "video". */
        public static Propose rtp(String id, List<String> media) {
            List<XmlElement> descriptions = new ArrayList<>();
            for (String m : media) {
                descriptions.add(XmlElement.builder(RtpDescription.ELEMENT, RtpDescription.NAMESPACE)
                        .attribute("media", m).build());
            }
            return new Propose(id, descriptions);
        }

        /** The media types of the RTP descriptions, e.g. ["audio", "video"]. */
        public List<String> media() {
            return descriptions.stream()
                    .filter(d -> d.is(RtpDescription.ELEMENT, RtpDescription.NAMESPACE))
                    .map(d -> d.attributeOrNull("media"))
                    .filter(Objects::nonNull)
                    .toList();
        }

        @Override
        public XmlElement toXml() {
            return XmlElement.builder("propose", NAMESPACE).attribute("id", id).children(descriptions).build();
        }

        private static Propose fromXml(String id, XmlElement e) throws PayloadFormatException {
            List<XmlElement> descriptions = e.elements().stream()
                    .filter(d -> d.name().equals("description") && !d.namespace().equals(NAMESPACE))
                    .toList();
            if (descriptions.isEmpty()) {
                throw new PayloadFormatException("propose without a description");
            }
            return new Propose(id, descriptions);
        }
    }

    /** A callee's device is ringing; sent to the caller's full JID. */
    record Ringing(String id) implements JingleMessage {
        public Ringing {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public XmlElement toXml() {
            return element("ringing", id, null, false);
        }
    }

    /**
     * The caller withdraws the proposal; sent to the callee's bare JID. Honour it only from the
     * bare JID that sent the propose.
     *
     * @param reason a Jingle reason, "cancel" by default, or null
     * @param tieBreak withdrawn because both proposed at once (Tie Breaking)
     */
    record Retract(String id, XmlElement reason, boolean tieBreak) implements JingleMessage {
        public Retract {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public XmlElement toXml() {
            return element("retract", id, reason, tieBreak);
        }
    }

    /**
     * Older clients' note to their own bare JID that the call was taken on this device, where
     * carbons were not relied on (Business Rules); only meaningful from our own bare JID.
     */
    record Accept(String id) implements JingleMessage {
        public Accept {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public XmlElement toXml() {
            return element("accept", id, null, false);
        }
    }

    /**
     * The callee takes the call on the sending device; sent to the caller's full JID. The caller
     * sends the Jingle session-initiate to the full JID this came from, and counts it only from
     * the bare JID it proposed to.
     */
    record Proceed(String id) implements JingleMessage {
        public Proceed {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public XmlElement toXml() {
            return element("proceed", id, null, false);
        }
    }

    /**
     * The callee declines; sent to the caller's full JID. Counts only from the bare JID the
     * propose went to, or from our own (another of our devices declined).
     *
     * @param reason a Jingle reason, "busy" by default, or null
     * @param tieBreak declined because both proposed at once (Tie Breaking)
     */
    record Reject(String id, XmlElement reason, boolean tieBreak) implements JingleMessage {
        public Reject {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public XmlElement toXml() {
            return element("reject", id, reason, tieBreak);
        }
    }

    /**
     * The call has ended; each party sends it to the other's full JID so all devices and
     * archives agree.
     *
     * @param reason a Jingle reason, "success" or "expired" by default, or null
     * @param migratedTo the id of the session that continues this one, or null
     */
    record Finish(String id, XmlElement reason, String migratedTo) implements JingleMessage {
        public Finish {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public XmlElement toXml() {
            XmlElement e = element("finish", id, reason, false);
            return migratedTo == null ? e : e.toBuilder()
                    .child(XmlElement.builder("migrated", NAMESPACE).attribute("to", migratedTo).build()).build();
        }
    }
}
