package im.parley.xmpp.ext.invitation;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;

/** Reads and writes a direct invitation; its 'jid' is required and must be a JID (§2). */
public final class DirectInvitationCodec implements PayloadCodec<DirectInvitation> {
    private static final QName NAME = new QName(DirectInvitation.NAMESPACE, "x");

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<DirectInvitation> type() {
        return DirectInvitation.class;
    }

    @Override
    public Decoded<DirectInvitation> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "direct invitation", element, DirectInvitationCodec::read);
    }

    private static DirectInvitation read(XmlElement x) throws PayloadFormatException {
        String room = PayloadAttributes.required(x, "jid");
        Jid jid = Jid.tryParse(room).orElseThrow(() -> new PayloadFormatException("bad room jid: " + room));
        return new DirectInvitation(jid, x.attributeOrNull("password"), x.attributeOrNull("reason"),
                PayloadAttributes.bool(x, "continue", false), x.attributeOrNull("thread"));
    }

    @Override
    public XmlElement encode(DirectInvitation value) {
        return XmlElement.builder("x", DirectInvitation.NAMESPACE)
                .attribute("continue", value.continues() ? "true" : null)
                .attribute("jid", value.room().toString())
                .attribute("password", value.password())
                .attribute("reason", value.reason())
                .attribute("thread", value.thread()).build();
    }
}
