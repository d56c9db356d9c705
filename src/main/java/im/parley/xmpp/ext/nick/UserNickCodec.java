package im.parley.xmpp.ext.nick;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.xml.XmlElement;

/** Reads and writes the nick as a PEP item (§4.5). */
public final class UserNickCodec implements PayloadCodec<UserNick> {
    public static final QName NAME = new QName(Nick.NAMESPACE, Nick.ELEMENT);

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<UserNick> type() {
        return UserNick.class;
    }

    @Override
    public Decoded<UserNick> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "nick", element, e -> new UserNick(e.text()));
    }

    @Override
    public XmlElement encode(UserNick value) {
        return value.isCleared() ? XmlElement.empty(Nick.ELEMENT, Nick.NAMESPACE) : new Nick(value.value()).toXml();
    }
}
