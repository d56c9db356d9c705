package im.parley.xmpp.ext.moderation;

import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;

/**
 * The moderation request in one revision: {@code <moderate id='…'><retract/><reason/></moderate>}
 * (0.3), or {@code <apply-to id='…'><moderate><retract/><reason/></moderate></apply-to>} (0.2).
 */
public final class ModerateCodec extends ModerationCodec<Moderate> {
    public ModerateCodec(ModerationVersion version) {
        super(version, version == ModerationVersion.V1 ? new QName(version.namespace(), "moderate")
                : new QName(ModerationVersion.FASTEN, "apply-to"), Moderate.class, "moderate");
    }

    @Override
    Moderate read(XmlElement e) throws PayloadFormatException {
        String id = PayloadAttributes.required(e, "id");
        XmlElement moderate = version == ModerationVersion.V1 ? e : e.child("moderate", version.namespace())
                .orElseThrow(() -> new PayloadFormatException("a fastening without <moderate/>"));
        if (moderate.child("retract", version.retractNamespace()).isEmpty()) {
            throw new PayloadFormatException("a moderation without <retract/>, the one action defined");
        }
        return new Moderate(id, ModerationElements.reason(moderate, version.namespace()));
    }

    @Override
    public XmlElement encode(Moderate value) {
        XmlElement.Builder moderate = XmlElement.builder("moderate", version.namespace())
                .child(XmlElement.empty("retract", version.retractNamespace()));
        ModerationElements.reason(moderate, version.namespace(), value.reason());
        if (version == ModerationVersion.V1) {
            return moderate.attribute("id", value.stanzaId()).build();
        }
        return XmlElement.builder("apply-to", ModerationVersion.FASTEN).attribute("id", value.stanzaId())
                .child(moderate.build()).build();
    }
}
