package im.parley.xmpp.ext.vcardavatar;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.xml.XmlElement;
import java.util.HexFormat;

/** Reads and writes the vCard update; a photo that is not a hex SHA-1 makes it malformed. */
public final class VCardUpdateCodec implements PayloadCodec<VCardUpdate> {
    public static final QName NAME = new QName(VCardUpdate.NAMESPACE, VCardUpdate.ELEMENT);
    private static final int SHA1_HEX = 40;

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<VCardUpdate> type() {
        return VCardUpdate.class;
    }

    @Override
    public Decoded<VCardUpdate> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "vcard update", element, VCardUpdateCodec::read);
    }

    private static VCardUpdate read(XmlElement e) throws PayloadFormatException {
        String photo = e.childText("photo", VCardUpdate.NAMESPACE).map(String::strip).orElse(null);
        if (photo != null && !photo.isEmpty() && (photo.length() != SHA1_HEX || !isHex(photo))) {
            throw new PayloadFormatException("photo is not a hex SHA-1: " + photo);
        }
        return new VCardUpdate(photo);
    }

    private static boolean isHex(String s) {
        return s.chars().allMatch(HexFormat::isHexDigit);
    }

    @Override
    public XmlElement encode(VCardUpdate value) {
        XmlElement.Builder b = XmlElement.builder(VCardUpdate.ELEMENT, VCardUpdate.NAMESPACE);
        if (value.photo() != null) {
            b.child(XmlElement.ofText("photo", VCardUpdate.NAMESPACE, value.photo()));
        }
        return b.build();
    }
}
