package im.parley.xmpp.ext.markers;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A marker for the message with {@code id}: received, displayed or acknowledged. */
public record Marker(Kind kind, String id) {

    /** Ordered by progress: a later kind implies the earlier ones. */
    public enum Kind {
        RECEIVED, DISPLAYED, ACKNOWLEDGED;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Marker {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Marker displayed(String id) {
        return new Marker(Kind.DISPLAYED, id);
    }

    public XmlElement toXml() {
        return XmlElement.builder(kind.value(), Markable.NAMESPACE).attribute("id", id).build();
    }

    /** §4.2: the id is mandatory; a marker without one is malformed. */
    public static Marker fromXml(XmlElement e) throws PayloadFormatException {
        Kind kind = kindOf(e).orElseThrow(() -> new PayloadFormatException("not a marker: " + e.name()));
        String id = e.attributeOrNull("id");
        if (id == null || id.isEmpty()) {
            throw new PayloadFormatException("marker without an id");
        }
        return new Marker(kind, id);
    }

    /** The first well-formed marker a message carries, if any. */
    public static Optional<Marker> of(Message m) {
        for (XmlElement e : m.payloads()) {
            if (kindOf(e).isPresent()) {
                try {
                    return Optional.of(fromXml(e));
                } catch (PayloadFormatException ex) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** §4.2: the marker answering {@code m}, sent to its sender's bare JID; never for a marker. */
    public static Optional<Message> displayedFor(Message m) {
        if (!Markable.isMarkable(m) || m.id() == null || m.from() == null || of(m).isPresent()
                || m.type() == Message.Type.ERROR || m.type() == Message.Type.GROUPCHAT) {
            return Optional.empty();
        }
        return Optional.of(Message.builder().to(m.from().bare()).type(m.type())
                .payload(displayed(m.id()).toXml()).build());
    }

    private static Optional<Kind> kindOf(XmlElement e) {
        if (!e.namespace().equals(Markable.NAMESPACE)) {
            return Optional.empty();
        }
        for (Kind k : Kind.values()) {
            if (k.value().equals(e.name())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
