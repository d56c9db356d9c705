package im.parley.xmpp.ext.avatar;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes avatar metadata; an info without id, type or a byte count makes it malformed. */
public final class AvatarMetadataCodec implements PayloadCodec<AvatarMetadata> {
    public static final QName NAME = new QName(AvatarMetadata.NAMESPACE, AvatarMetadata.ELEMENT);
    private static final int MAX_SIDE = 65535;

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<AvatarMetadata> type() {
        return AvatarMetadata.class;
    }

    @Override
    public Decoded<AvatarMetadata> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "avatar metadata", element, AvatarMetadataCodec::read);
    }

    private static AvatarMetadata read(XmlElement e) throws PayloadFormatException {
        List<AvatarMetadata.Info> infos = new ArrayList<>();
        for (XmlElement info : e.children("info", AvatarMetadata.NAMESPACE)) {
            infos.add(new AvatarMetadata.Info(PayloadAttributes.required(info, "id"),
                    PayloadAttributes.number(info, "bytes", 0, Long.MAX_VALUE), side(info, "width"),
                    side(info, "height"), PayloadAttributes.required(info, "type"), info.attributeOrNull("url")));
        }
        List<XmlElement> pointers = e.children("pointer", AvatarMetadata.NAMESPACE);
        return new AvatarMetadata(infos, pointers);
    }

    private static Integer side(XmlElement info, String name) throws PayloadFormatException {
        Long value = PayloadAttributes.optionalNumber(info, name, 0, MAX_SIDE);
        return value == null ? null : value.intValue();
    }

    @Override
    public XmlElement encode(AvatarMetadata value) {
        XmlElement.Builder b = XmlElement.builder(AvatarMetadata.ELEMENT, AvatarMetadata.NAMESPACE);
        for (AvatarMetadata.Info i : value.infos()) {
            b.child(XmlElement.builder("info", AvatarMetadata.NAMESPACE).attribute("bytes", Long.toString(i.bytes()))
                    .attribute("height", i.height() == null ? null : i.height().toString()).attribute("id", i.id())
                    .attribute("type", i.type()).attribute("url", i.url())
                    .attribute("width", i.width() == null ? null : i.width().toString()).build());
        }
        value.pointers().forEach(b::child);
        return b.build();
    }
}
