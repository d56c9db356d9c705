package im.parley.xmpp.ext.muc;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.xml.XmlElement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads and writes the muc {@code <x/>} of a join (§17.2.1). */
public final class MucJoinCodec implements PayloadCodec<MucJoin> {
    private static final QName NAME = new QName(Muc.NAMESPACE, "x");

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<MucJoin> type() {
        return MucJoin.class;
    }

    @Override
    public Decoded<MucJoin> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "muc", element, MucJoinCodec::read);
    }

    private static MucJoin read(XmlElement x) throws PayloadFormatException {
        History history = null;
        Optional<XmlElement> h = x.child("history", Muc.NAMESPACE);
        if (h.isPresent()) {
            XmlElement e = h.get();
            Instant since = null;
            String sinceValue = e.attributeOrNull("since");
            if (sinceValue != null) {
                try {
                    since = Instant.parse(sinceValue.strip());
                } catch (DateTimeParseException ex) {
                    throw new PayloadFormatException("<history/> has a bad since: " + sinceValue);
                }
            }
            history = new History(count(e, "maxchars"), count(e, "maxstanzas"), count(e, "seconds"), since);
        }
        return new MucJoin(x.childText("password", Muc.NAMESPACE).orElse(null), history);
    }

    private static Integer count(XmlElement e, String name) throws PayloadFormatException {
        Long n = PayloadAttributes.optionalNumber(e, name, 0, Integer.MAX_VALUE);
        return n == null ? null : n.intValue();
    }

    @Override
    public XmlElement encode(MucJoin value) {
        XmlElement.Builder b = XmlElement.builder("x", Muc.NAMESPACE);
        History h = value.history();
        if (h != null) {
            b.child(XmlElement.builder("history", Muc.NAMESPACE)
                    .attribute("maxchars", h.maxChars() == null ? null : h.maxChars().toString())
                    .attribute("maxstanzas", h.maxStanzas() == null ? null : h.maxStanzas().toString())
                    .attribute("seconds", h.seconds() == null ? null : h.seconds().toString())
                    .attribute("since", h.since() == null ? null : h.since().toString()).build());
        }
        if (value.password() != null) {
            b.child(XmlElement.ofText("password", Muc.NAMESPACE, value.password()));
        }
        return b.build();
    }
}
