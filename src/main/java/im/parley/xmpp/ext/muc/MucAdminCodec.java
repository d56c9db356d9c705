package im.parley.xmpp.ext.muc;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the muc#admin {@code <query/>} (§17.2.3). */
public final class MucAdminCodec implements PayloadCodec<MucAdmin> {
    private static final QName NAME = new QName(Muc.ADMIN, "query");

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<MucAdmin> type() {
        return MucAdmin.class;
    }

    @Override
    public Decoded<MucAdmin> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "muc#admin", element, MucAdminCodec::read);
    }

    private static MucAdmin read(XmlElement query) throws PayloadFormatException {
        List<MucItem> items = new ArrayList<>();
        for (XmlElement item : query.children("item", Muc.ADMIN)) {
            items.add(MucElements.item(item));
        }
        return new MucAdmin(items);
    }

    @Override
    public XmlElement encode(MucAdmin value) {
        XmlElement.Builder b = XmlElement.builder("query", Muc.ADMIN);
        value.items().forEach(item -> b.child(MucElements.item(item, Muc.ADMIN)));
        return b.build();
    }
}
