package im.parley.xmpp.ext.activity;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.xml.XmlElement;

/**
 * Reads and writes an activity. Values this list lacks are read as undefined (general) or other
 * (specific): §2.1 has receivers ignore what they do not understand, not the whole activity.
 */
public final class UserActivityCodec implements PayloadCodec<UserActivity> {
    public static final QName NAME = new QName(UserActivity.NAMESPACE, UserActivity.ELEMENT);

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<UserActivity> type() {
        return UserActivity.class;
    }

    @Override
    public Decoded<UserActivity> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "activity", element, UserActivityCodec::read);
    }

    private static UserActivity read(XmlElement e) throws PayloadFormatException {
        XmlElement general = null;
        for (XmlElement child : e.elements()) {
            if (child.namespace().equals(UserActivity.NAMESPACE) && !child.name().equals("text")) {
                if (general != null) {
                    throw new PayloadFormatException("more than one general activity");
                }
                general = child;
            }
        }
        if (general == null) {
            return UserActivity.cleared();
        }
        SpecificActivity specific = general.childIn(UserActivity.NAMESPACE)
                .map(s -> SpecificActivity.fromWire(s.name()).orElse(SpecificActivity.OTHER)).orElse(null);
        return new UserActivity(GeneralActivity.fromWire(general.name()).orElse(GeneralActivity.UNDEFINED), specific,
                e.childText("text", UserActivity.NAMESPACE).orElse(null));
    }

    @Override
    public XmlElement encode(UserActivity value) {
        XmlElement.Builder b = XmlElement.builder(UserActivity.ELEMENT, UserActivity.NAMESPACE);
        if (value.general() != null) {
            XmlElement.Builder general = XmlElement.builder(value.general().wireName(), UserActivity.NAMESPACE);
            if (value.specific() != null) {
                general.child(XmlElement.empty(value.specific().wireName(), UserActivity.NAMESPACE));
            }
            b.child(general.build());
        }
        if (value.text() != null) {
            b.child(XmlElement.ofText("text", UserActivity.NAMESPACE, value.text()));
        }
        return b.build();
    }
}
