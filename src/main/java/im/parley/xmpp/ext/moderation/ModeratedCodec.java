package im.parley.xmpp.ext.moderation;

import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;

/**
 * The room's moderation announcement in one revision: a XEP-0424 retraction holding
 * {@code <moderated/>} and the reason (0.3), or a fastening holding {@code <moderated/>}, which
 * holds the retraction and the reason (0.2). A plain retraction is not this codec's.
 */
public final class ModeratedCodec extends ModerationCodec<Moderated> {
    public ModeratedCodec(ModerationVersion version) {
        super(version, version == ModerationVersion.V1 ? new QName(version.retractNamespace(), "retract")
                : new QName(ModerationVersion.FASTEN, "apply-to"), Moderated.class, "moderated");
    }

    @Override
    Moderated read(XmlElement e) throws PayloadFormatException {
        String id = PayloadAttributes.required(e, "id");
        XmlElement moderated = e.child("moderated", version.namespace())
                .orElseThrow(() -> new PayloadFormatException("no <moderated/>: not a moderation"));
        XmlElement reasonParent = moderated;
        if (version == ModerationVersion.V1) {
            reasonParent = e;
        } else if (moderated.child("retract", version.retractNamespace()).isEmpty()) {
            throw new PayloadFormatException("a moderation without <retract/>, the one action defined");
        }
        return new Moderated(id, ModerationElements.by(moderated), ModerationElements.occupantId(moderated),
                ModerationElements.reason(reasonParent, reasonParent.namespace()));
    }

    @Override
    public XmlElement encode(Moderated value) {
        XmlElement.Builder moderated = ModerationElements.moderated(version.namespace(), value.by(), value.occupantId());
        if (version == ModerationVersion.V1) {
            XmlElement.Builder retract = XmlElement.builder("retract", version.retractNamespace())
                    .attribute("id", value.stanzaId()).child(moderated.build());
            ModerationElements.reason(retract, version.retractNamespace(), value.reason());
            return retract.build();
        }
        moderated.child(XmlElement.empty("retract", version.retractNamespace()));
        ModerationElements.reason(moderated, version.namespace(), value.reason());
        return XmlElement.builder("apply-to", ModerationVersion.FASTEN).attribute("id", value.stanzaId())
                .child(moderated.build()).build();
    }
}
