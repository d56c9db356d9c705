package im.parley.xmpp.ext.captcha;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.DataFormCodec;
import im.parley.xmpp.xml.XmlElement;
import java.util.Optional;

/** Reads and writes {@code <captcha/>}: its one data form, whose FORM_TYPE must be urn:xmpp:captcha. */
public final class CaptchaCodec implements PayloadCodec<Captcha> {
    private static final QName NAME = new QName(Captcha.NAMESPACE, "captcha");
    private static final DataFormCodec FORMS = new DataFormCodec();

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<Captcha> type() {
        return Captcha.class;
    }

    @Override
    public Decoded<Captcha> decode(XmlElement element) {
        if (!NAME.matches(element)) {
            return Decoded.notMine();
        }
        Optional<XmlElement> x = element.child("x", DataForm.NAMESPACE);
        if (x.isEmpty()) {
            return Decoded.malformed("captcha: no data form");
        }
        Decoded<DataForm> form = FORMS.decode(x.get());
        if (form instanceof Decoded.Malformed<DataForm> m) {
            return Decoded.malformed(m.condition(), "captcha: " + m.reason());
        }
        DataForm f = form.valueIfAny().orElseThrow();
        if (!f.formType().filter(Captcha.NAMESPACE::equals).isPresent()) {
            return Decoded.malformed("captcha: the form's FORM_TYPE is not " + Captcha.NAMESPACE);
        }
        return Decoded.value(new Captcha(f));
    }

    @Override
    public XmlElement encode(Captcha value) {
        return XmlElement.builder("captcha", Captcha.NAMESPACE).child(FORMS.encode(value.form())).build();
    }
}
