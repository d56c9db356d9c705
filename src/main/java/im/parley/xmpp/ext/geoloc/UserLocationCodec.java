package im.parley.xmpp.ext.geoloc;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.xml.XmlElement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and writes a location; a field given twice or a decimal that is not one makes it malformed. */
public final class UserLocationCodec implements PayloadCodec<UserLocation> {
    public static final QName NAME = new QName(UserLocation.NAMESPACE, UserLocation.ELEMENT);

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<UserLocation> type() {
        return UserLocation.class;
    }

    @Override
    public Decoded<UserLocation> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "geoloc", element, UserLocationCodec::read);
    }

    private static UserLocation read(XmlElement e) throws PayloadFormatException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (XmlElement child : e.elements()) {
            if (child.namespace().equals(UserLocation.NAMESPACE)
                    && fields.put(child.name(), child.text().strip()) != null) {
                throw new PayloadFormatException("<" + child.name() + "/> given twice");
            }
        }
        return new UserLocation(fields, e.attributeOrNull(XmlElement.XML_LANG));
    }

    @Override
    public XmlElement encode(UserLocation value) {
        XmlElement.Builder b = XmlElement.builder(UserLocation.ELEMENT, UserLocation.NAMESPACE)
                .attribute(XmlElement.XML_LANG, value.lang());
        value.fields().forEach((name, text) -> b.child(XmlElement.ofText(name, UserLocation.NAMESPACE, text)));
        return b.build();
    }
}
