package im.parley.xmpp.ext.mam;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.ext.forward.Forwarded;
import im.parley.xmpp.ext.forward.ForwardedCodec;
import im.parley.xmpp.xml.XmlElement;

/** Reads and writes {@code <result/>}: an archive id and exactly one well-formed {@code <forwarded/>}. */
public final class MamResultCodec implements PayloadCodec<MamResult> {
    private static final QName NAME = new QName(Mam.NAMESPACE, MamResult.ELEMENT);
    private static final ForwardedCodec FORWARDED = new ForwardedCodec();

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<MamResult> type() {
        return MamResult.class;
    }

    @Override
    public Decoded<MamResult> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "MAM result", element, MamResultCodec::read);
    }

    private static MamResult read(XmlElement result) throws PayloadFormatException {
        var forwards = result.children(Forwarded.ELEMENT, Forwarded.NAMESPACE);
        if (forwards.size() != 1) {
            throw new PayloadFormatException("a result holds exactly one <forwarded/>, found " + forwards.size());
        }
        Decoded<Forwarded> forwarded = FORWARDED.decode(forwards.get(0));
        if (forwarded instanceof Decoded.Malformed<Forwarded> m) {
            throw new PayloadFormatException(m.reason());
        }
        return new MamResult(result.attributeOrNull("queryid"), PayloadAttributes.required(result, "id"),
                forwarded.valueIfAny().orElseThrow());
    }

    @Override
    public XmlElement encode(MamResult value) {
        return XmlElement.builder(MamResult.ELEMENT, Mam.NAMESPACE)
                .attribute("queryid", value.queryId()).attribute("id", value.id())
                .child(FORWARDED.encode(value.forwarded())).build();
    }
}
