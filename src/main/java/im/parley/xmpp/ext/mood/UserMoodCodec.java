package im.parley.xmpp.ext.mood;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.xml.XmlElement;

/**
 * Reads and writes a mood. A mood this list does not have (a later XEP version's) is read as
 * {@link Mood#UNDEFINED} with its text, so the contact still shows as having a mood.
 */
public final class UserMoodCodec implements PayloadCodec<UserMood> {
    public static final QName NAME = new QName(UserMood.NAMESPACE, UserMood.ELEMENT);

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<UserMood> type() {
        return UserMood.class;
    }

    @Override
    public Decoded<UserMood> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "mood", element, UserMoodCodec::read);
    }

    private static UserMood read(XmlElement e) throws PayloadFormatException {
        Mood mood = null;
        String text = e.childText("text", UserMood.NAMESPACE).orElse(null);
        for (XmlElement child : e.elements()) {
            if (child.namespace().equals(UserMood.NAMESPACE) && !child.name().equals("text")) {
                if (mood != null) {
                    throw new PayloadFormatException("more than one mood");
                }
                mood = Mood.fromWire(child.name()).orElse(Mood.UNDEFINED);
            }
        }
        return new UserMood(mood, mood == null ? null : text);
    }

    @Override
    public XmlElement encode(UserMood value) {
        XmlElement.Builder b = XmlElement.builder(UserMood.ELEMENT, UserMood.NAMESPACE);
        if (value.mood() != null) {
            b.child(XmlElement.empty(value.mood().wireName(), UserMood.NAMESPACE));
        }
        if (value.text() != null) {
            b.child(XmlElement.ofText("text", UserMood.NAMESPACE, value.text()));
        }
        return b.build();
    }
}
