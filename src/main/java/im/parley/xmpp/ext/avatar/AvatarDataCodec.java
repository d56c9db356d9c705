package im.parley.xmpp.ext.avatar;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import java.util.Base64;

/**
 * Reads and writes avatar data. Base64 whose decoded size would pass {@link #maxBytes} is refused
 * as not-acceptable from its length alone, before anything is decoded.
 */
public final class AvatarDataCodec implements PayloadCodec<AvatarData> {
    public static final QName NAME = new QName(AvatarData.NAMESPACE, AvatarData.ELEMENT);
    private final int maxBytes;

    public AvatarDataCodec() {
        this(Avatars.MAX_BYTES);
    }

    public AvatarDataCodec(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<AvatarData> type() {
        return AvatarData.class;
    }

    @Override
    public Decoded<AvatarData> decode(XmlElement element) {
        if (!NAME.matches(element)) {
            return Decoded.notMine();
        }
        String text = element.text();
        long base64Chars = text.chars().filter(c -> !Character.isWhitespace(c)).count();
        if (base64Chars / 4 * 3 > maxBytes + 2L) {
            return Decoded.malformed(StanzaErrorCondition.NOT_ACCEPTABLE,
                    "avatar data of about " + base64Chars / 4 * 3 + " bytes is over the " + maxBytes + " byte bound");
        }
        try {
            return Decoded.value(new AvatarData(Base64.getMimeDecoder().decode(text.strip())));
        } catch (IllegalArgumentException e) {
            return Decoded.malformed("avatar data is not base64: " + e.getMessage());
        }
    }

    @Override
    public XmlElement encode(AvatarData value) {
        return XmlElement.ofText(AvatarData.ELEMENT, AvatarData.NAMESPACE, Base64.getEncoder().encodeToString(value.bytes()));
    }
}
