package im.parley.xmpp.ext.bookmarks;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;

/** Reads and writes the {@code <conference xmlns='urn:xmpp:bookmarks:1'/>} payload of a bookmark item (XEP-0402 §2). */
public final class ConferenceCodec implements PayloadCodec<Conference> {
    public static final QName NAME = new QName(Conference.NAMESPACE, "conference");

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<Conference> type() {
        return Conference.class;
    }

    @Override
    public Decoded<Conference> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "bookmark", element, ConferenceCodec::read);
    }

    private static Conference read(XmlElement e) throws PayloadFormatException {
        List<XmlElement> extensions = e.child("extensions", Conference.NAMESPACE).map(XmlElement::elements)
                .orElse(List.of());
        return read(e, Conference.NAMESPACE, extensions);
    }

    /** The attributes and children XEP-0402 and XEP-0048 conferences share, in {@code namespace}. */
    static Conference read(XmlElement e, String namespace, List<XmlElement> extensions) throws PayloadFormatException {
        return new Conference(e.attributeOrNull("name"), PayloadAttributes.bool(e, "autojoin", false),
                e.childText("nick", namespace).orElse(null), e.childText("password", namespace).orElse(null), extensions);
    }

    @Override
    public XmlElement encode(Conference value) {
        XmlElement.Builder b = XmlElement.builder("conference", Conference.NAMESPACE);
        write(b, value, Conference.NAMESPACE);
        if (!value.extensions().isEmpty()) {
            b.child(XmlElement.builder("extensions", Conference.NAMESPACE).children(value.extensions()).build());
        }
        return b.build();
    }

    /** Writes what {@link #read(XmlElement, String, List)} reads, extensions aside. */
    static void write(XmlElement.Builder b, Conference value, String namespace) {
        b.attribute("name", value.name());
        if (value.autojoin()) {
            b.attribute("autojoin", "true");
        }
        if (value.nick() != null) {
            b.child(XmlElement.ofText("nick", namespace, value.nick()));
        }
        if (value.password() != null) {
            b.child(XmlElement.ofText("password", namespace, value.password()));
        }
    }
}
