package im.parley.xmpp.ext.sid;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.Objects;
import java.util.Optional;

/** An id assigned by the entity {@code by} (an archive, a MUC), XEP-0359 §3.1. */
public record StanzaId(String id, Jid by) {
    public static final String ELEMENT = "stanza-id";

    public StanzaId {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(by, "by");
    }

    public XmlElement toXml() {
        return XmlElement.builder(ELEMENT, OriginId.NAMESPACE).attribute("id", id).attribute("by", by.toString())
                .build();
    }

    public static StanzaId fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, OriginId.NAMESPACE)) {
            throw new PayloadFormatException("not a stanza-id: " + e.name());
        }
        String id = e.attributeOrNull("id");
        if (id == null || id.isEmpty()) {
            throw new PayloadFormatException("stanza-id without an id");
        }
        Optional<Jid> by = Optional.ofNullable(e.attributeOrNull("by")).flatMap(Jid::tryParse);
        if (by.isEmpty()) {
            throw new PayloadFormatException("stanza-id without a valid 'by'");
        }
        return new StanzaId(id, by.get());
    }
}
