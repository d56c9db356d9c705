package im.parley.xmpp.ext.muc;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.DataFormCodec;
import im.parley.xmpp.xml.XmlElement;
import java.util.Optional;

/** Reads and writes the muc#owner {@code <query/>} (§17.2.4); its form is read by the data forms codec. */
public final class MucOwnerCodec implements PayloadCodec<MucOwner> {
    private static final QName NAME = new QName(Muc.OWNER, "query");
    private static final DataFormCodec FORMS = new DataFormCodec();

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<MucOwner> type() {
        return MucOwner.class;
    }

    @Override
    public Decoded<MucOwner> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "muc#owner", element, MucOwnerCodec::read);
    }

    private static MucOwner read(XmlElement query) throws PayloadFormatException {
        DataForm form = null;
        Optional<XmlElement> x = query.child("x", DataForm.NAMESPACE);
        if (x.isPresent()) {
            Decoded<DataForm> decoded = FORMS.decode(x.get());
            if (decoded instanceof Decoded.Malformed<DataForm> m) {
                throw new PayloadFormatException(m.reason());
            }
            form = decoded.valueIfAny().orElseThrow();
        }
        Optional<XmlElement> destroy = query.child("destroy", Muc.OWNER);
        return new MucOwner(form, destroy.isPresent() ? MucElements.destroy(destroy.get()) : null);
    }

    @Override
    public XmlElement encode(MucOwner value) {
        XmlElement.Builder b = XmlElement.builder("query", Muc.OWNER);
        if (value.form() != null) {
            b.child(FORMS.encode(value.form()));
        }
        if (value.destroy() != null) {
            b.child(MucElements.destroy(value.destroy(), Muc.OWNER));
        }
        return b.build();
    }
}
