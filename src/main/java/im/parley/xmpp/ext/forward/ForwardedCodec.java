package im.parley.xmpp.ext.forward;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.stanza.StanzaFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;

/**
 * Reads and writes {@code <forwarded/>}. It must hold exactly one stanza in the client namespace;
 * a stanza that does not decode makes the whole element malformed. A delay whose stamp cannot be
 * read is left out, as {@link Delay#fromXml} does everywhere: the stanza still counts.
 */
public final class ForwardedCodec implements PayloadCodec<Forwarded> {
    private static final QName NAME = new QName(Forwarded.NAMESPACE, Forwarded.ELEMENT);
    private static final List<String> STANZAS = List.of("message", "presence", "iq");

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<Forwarded> type() {
        return Forwarded.class;
    }

    @Override
    public Decoded<Forwarded> decode(XmlElement forwarded) {
        if (!NAME.matches(forwarded)) {
            return Decoded.notMine();
        }
        List<XmlElement> stanzas = forwarded.elements().stream()
                .filter(e -> e.namespace().equals(Stanza.CLIENT_NAMESPACE) && STANZAS.contains(e.name()))
                .toList();
        if (stanzas.size() != 1) {
            return Decoded.malformed("<forwarded/> must hold exactly one jabber:client stanza, found " + stanzas.size());
        }
        Stanza stanza;
        try {
            stanza = Stanza.fromXml(stanzas.get(0)).orElseThrow();
        } catch (StanzaFormatException e) {
            return Decoded.malformed(e.condition(), "the forwarded stanza is malformed: " + e.getMessage());
        }
        Delay delay = forwarded.child(Delay.ELEMENT, Delay.NAMESPACE).flatMap(Delay::fromXml).orElse(null);
        return Decoded.value(new Forwarded(delay, stanza));
    }

    @Override
    public XmlElement encode(Forwarded value) {
        XmlElement.Builder b = XmlElement.builder(Forwarded.ELEMENT, Forwarded.NAMESPACE);
        if (value.delay() != null) {
            b.child(value.delay().toXml());
        }
        return b.child(value.stanza().toXml()).build();
    }
}
