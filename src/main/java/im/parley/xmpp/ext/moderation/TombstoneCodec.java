package im.parley.xmpp.ext.moderation;

import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;

/**
 * A moderated message's tombstone in a room's archive, in one revision:
 * {@code <retracted stamp='…'><moderated/><reason/></retracted>} (0.3), or
 * {@code <moderated><retracted stamp='…'/><reason/></moderated>} (0.2).
 */
public final class TombstoneCodec extends ModerationCodec<ModeratedTombstone> {
    public TombstoneCodec(ModerationVersion version) {
        super(version, version == ModerationVersion.V1 ? new QName(version.retractNamespace(), "retracted")
                : new QName(version.namespace(), "moderated"), ModeratedTombstone.class, "tombstone");
    }

    @Override
    ModeratedTombstone read(XmlElement e) throws PayloadFormatException {
        if (version == ModerationVersion.V1) {
            XmlElement moderated = e.child("moderated", version.namespace())
                    .orElseThrow(() -> new PayloadFormatException("no <moderated/>: a retraction, not a moderation"));
            return new ModeratedTombstone(ModerationElements.by(moderated), ModerationElements.occupantId(moderated),
                    ModerationElements.reason(e, version.retractNamespace()), ModerationElements.stamp(e));
        }
        XmlElement retracted = e.child("retracted", version.retractNamespace())
                .orElseThrow(() -> new PayloadFormatException("no <retracted/>: not a tombstone"));
        return new ModeratedTombstone(ModerationElements.by(e), ModerationElements.occupantId(e),
                ModerationElements.reason(e, version.namespace()), ModerationElements.stamp(retracted));
    }

    @Override
    public XmlElement encode(ModeratedTombstone value) {
        XmlElement.Builder moderated = ModerationElements.moderated(version.namespace(), value.by(), value.occupantId());
        String stamp = ModerationElements.stamp(value.stamp());
        if (version == ModerationVersion.V1) {
            XmlElement.Builder retracted = XmlElement.builder("retracted", version.retractNamespace())
                    .attribute("stamp", stamp).child(moderated.build());
            ModerationElements.reason(retracted, version.retractNamespace(), value.reason());
            return retracted.build();
        }
        moderated.child(XmlElement.builder("retracted", version.retractNamespace()).attribute("stamp", stamp).build());
        ModerationElements.reason(moderated, version.namespace(), value.reason());
        return moderated.build();
    }
}
