package im.parley.xmpp.ext.mam;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code <prefs/>} with its default. The empty {@code <prefs/>} of a get is not
 * a value: {@link MamManager#prefs()} sends it. {@code <always/>} and {@code <never/>} are always
 * written, since XEP-0441 requires them even when empty.
 */
public final class MamPrefsCodec implements PayloadCodec<MamPrefs> {
    private static final QName NAME = new QName(Mam.NAMESPACE, MamPrefs.ELEMENT);

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<MamPrefs> type() {
        return MamPrefs.class;
    }

    @Override
    public Decoded<MamPrefs> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "MAM preferences", element, MamPrefsCodec::read);
    }

    private static MamPrefs read(XmlElement prefs) throws PayloadFormatException {
        String name = PayloadAttributes.required(prefs, "default");
        MamPrefs.Default d = MamPrefs.Default.fromWire(name)
                .orElseThrow(() -> new PayloadFormatException("unknown default '" + name + "'"));
        return new MamPrefs(d, jids(prefs, "always"), jids(prefs, "never"));
    }

    private static List<Jid> jids(XmlElement prefs, String list) {
        List<Jid> out = new ArrayList<>();
        prefs.child(list, Mam.NAMESPACE).ifPresent(l -> l.children("jid", Mam.NAMESPACE)
                .forEach(j -> out.add(Jid.of(j.text().strip()))));
        return out;
    }

    @Override
    public XmlElement encode(MamPrefs value) {
        return XmlElement.builder(MamPrefs.ELEMENT, Mam.NAMESPACE)
                .attribute("default", value.defaultBehaviour().wireName())
                .child(list("always", value.always())).child(list("never", value.never())).build();
    }

    private static XmlElement list(String name, List<Jid> jids) {
        XmlElement.Builder b = XmlElement.builder(name, Mam.NAMESPACE);
        jids.forEach(j -> b.child(XmlElement.ofText("jid", Mam.NAMESPACE, j.toString())));
        return b.build();
    }
}
