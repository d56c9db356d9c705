package im.parley.xmpp.ext.mam;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.ext.rsm.ResultSet;
import im.parley.xmpp.ext.rsm.RsmCodec;
import im.parley.xmpp.xml.XmlElement;
import java.util.Optional;

/**
 * Reads and writes {@code <fin/>}. The XEP requires its {@code <set/>} (§4); one without is read
 * as an empty page rather than refused, since the results already came.
 */
public final class MamFinCodec implements PayloadCodec<MamFin> {
    private static final QName NAME = new QName(Mam.NAMESPACE, MamFin.ELEMENT);
    private static final RsmCodec RSM = new RsmCodec();
    private static final Page EMPTY = new Page(null, null, null, null);

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<MamFin> type() {
        return MamFin.class;
    }

    @Override
    public Decoded<MamFin> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "MAM fin", element, MamFinCodec::read);
    }

    private static MamFin read(XmlElement fin) throws PayloadFormatException {
        Page page = EMPTY;
        Optional<XmlElement> set = fin.child(ResultSet.ELEMENT, ResultSet.NAMESPACE);
        if (set.isPresent()) {
            ResultSet rs = RSM.decode(set.get()).valueIfAny()
                    .orElseThrow(() -> new PayloadFormatException("its <set/> is malformed"));
            if (!(rs instanceof Page p)) {
                throw new PayloadFormatException("a fin's <set/> describes a page; it does not ask for one");
            }
            page = p;
        }
        return new MamFin(PayloadAttributes.bool(fin, "complete", false), PayloadAttributes.bool(fin, "stable", true),
                page);
    }

    /** Writes complete and stable only when they differ from their defaults. */
    @Override
    public XmlElement encode(MamFin value) {
        return XmlElement.builder(MamFin.ELEMENT, Mam.NAMESPACE)
                .attribute("complete", value.complete() ? "true" : null)
                .attribute("stable", value.stable() ? null : "false")
                .child(RSM.encode(value.page())).build();
    }
}
