package im.parley.xmpp.ext.jingle;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code <content/>} definition (XEP-0166 §7.3): one application format ({@code description})
 * over one transport method, optionally with a security precondition (§9). Those three are
 * defined by other specifications, so they are kept as elements for their own codecs; each is
 * null when absent (e.g. in content-remove or content-modify).
 */
public record Content(Creator creator, String name, Senders senders, String disposition,
                      XmlElement description, XmlElement transport, XmlElement security) {

    public static final String DEFAULT_DISPOSITION = "session";

    /** Which party generated the content; with the name it identifies the content in a session. */
    public enum Creator {
        INITIATOR, RESPONDER;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Creator> of(String value) {
            for (Creator c : values()) {
                if (c.value().equals(value)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** Which parties send media: SDP's sendrecv, sendonly (initiator), recvonly (responder), inactive. */
    public enum Senders {
        BOTH, INITIATOR, RESPONDER, NONE;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Senders> of(String value) {
            for (Senders s : values()) {
                if (s.value().equals(value)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /** {@code senders} defaults to both and {@code disposition} to session, as on the wire. */
    public Content {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(name, "name");
        senders = senders == null ? Senders.BOTH : senders;
        disposition = disposition == null ? DEFAULT_DISPOSITION : disposition;
    }

    /** A session content with both parties sending and no security precondition. */
    public static Content of(Creator creator, String name, XmlElement description, XmlElement transport) {
        return new Content(creator, name, null, null, description, transport, null);
    }

    /** Only creator and name: enough for content-remove, content-accept or content-reject. */
    public static Content reference(Creator creator, String name) {
        return new Content(creator, name, null, null, null, null, null);
    }

    public Content withSenders(Senders newSenders) {
        return new Content(creator, name, newSenders, disposition, description, transport, security);
    }

    public Content withTransport(XmlElement newTransport) {
        return new Content(creator, name, senders, disposition, description, newTransport, security);
    }

    /** Whether both the application format and the transport method are given, as offers and answers need. */
    public boolean isComplete() {
        return description != null && transport != null;
    }

    /**
     * Serialises the content. Defaults are left out, except {@code senders} when
     * {@code explicitSenders}: content-modify must always carry it (§7.3).
     */
    public XmlElement toXml(boolean explicitSenders) {
        XmlElement.Builder b = XmlElement.builder("content", Jingle.NAMESPACE)
                .attribute("creator", creator.value())
                .attribute("name", name)
                .attribute("senders", explicitSenders || senders != Senders.BOTH ? senders.value() : null)
                .attribute("disposition", DEFAULT_DISPOSITION.equals(disposition) ? null : disposition);
        for (XmlElement child : new XmlElement[] {description, transport, security}) {
            if (child != null) {
                b.child(child);
            }
        }
        return b.build();
    }

    public static Content fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is("content", Jingle.NAMESPACE)) {
            throw new PayloadFormatException("not a Jingle content: " + e.name());
        }
        String creatorValue = e.attributeOrNull("creator");
        Creator creator = Creator.of(creatorValue).orElseThrow(
                () -> new PayloadFormatException("content creator must be initiator or responder, not " + creatorValue));
        String name = e.attributeOrNull("name");
        if (name == null) {
            throw new PayloadFormatException("content without a name");
        }
        String sendersValue = e.attributeOrNull("senders");
        Senders senders = null;
        if (sendersValue != null) {
            senders = Senders.of(sendersValue).orElseThrow(
                    () -> new PayloadFormatException("unknown content senders " + sendersValue));
        }
        XmlElement description = null;
        XmlElement transport = null;
        XmlElement security = null;
        for (XmlElement child : e.elements()) {
            if (child.namespace().equals(Jingle.NAMESPACE)) {
                throw new PayloadFormatException("unexpected <" + child.name() + "/> in a content");
            }
            switch (child.name()) {
                case "description" -> description = single(description, child);
                case "transport" -> transport = single(transport, child);
                case "security" -> security = single(security, child);
                default -> {
                    // Other extensions inside a content are not ours to read.
                }
            }
        }
        return new Content(creator, name, senders, e.attributeOrNull("disposition"), description, transport, security);
    }

    private static XmlElement single(XmlElement seen, XmlElement child) throws PayloadFormatException {
        if (seen != null) {
            throw new PayloadFormatException("a content carries one <" + child.name() + "/>, this one more");
        }
        return child;
    }
}
