package im.parley.xmpp.ext.tune;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.xml.XmlElement;

/** Reads and writes a tune; a length or rating that is not a number in range makes it malformed. */
public final class UserTuneCodec implements PayloadCodec<UserTune> {
    public static final QName NAME = new QName(UserTune.NAMESPACE, UserTune.ELEMENT);

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<UserTune> type() {
        return UserTune.class;
    }

    @Override
    public Decoded<UserTune> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "tune", element, UserTuneCodec::read);
    }

    private static UserTune read(XmlElement e) throws PayloadFormatException {
        return new UserTune(text(e, "artist"), number(e, "length"), number(e, "rating"), text(e, "source"),
                text(e, "title"), text(e, "track"), text(e, "uri"));
    }

    private static String text(XmlElement e, String name) {
        return e.childText(name, UserTune.NAMESPACE).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    private static Integer number(XmlElement e, String name) throws PayloadFormatException {
        String value = text(e, name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException ex) {
            throw new PayloadFormatException("<" + name + "/> is not a number: " + value);
        }
    }

    @Override
    public XmlElement encode(UserTune t) {
        XmlElement.Builder b = XmlElement.builder(UserTune.ELEMENT, UserTune.NAMESPACE);
        field(b, "artist", t.artist());
        field(b, "length", t.length());
        field(b, "rating", t.rating());
        field(b, "source", t.source());
        field(b, "title", t.title());
        field(b, "track", t.track());
        field(b, "uri", t.uri());
        return b.build();
    }

    private static void field(XmlElement.Builder b, String name, Object value) {
        if (value != null) {
            b.child(XmlElement.ofText(name, UserTune.NAMESPACE, value.toString()));
        }
    }
}
