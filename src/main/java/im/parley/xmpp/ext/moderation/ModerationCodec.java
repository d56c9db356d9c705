package im.parley.xmpp.ext.moderation;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.xml.XmlElement;

/** What the moderation codecs share: one revision each, whose element they are named by. */
abstract sealed class ModerationCodec<T> implements PayloadCodec<T> permits ModerateCodec, ModeratedCodec, TombstoneCodec {
    final ModerationVersion version;
    private final QName name;
    private final Class<T> type;
    private final String what;

    ModerationCodec(ModerationVersion version, QName name, Class<T> type, String what) {
        this.version = version;
        this.name = name;
        this.type = type;
        this.what = what;
    }

    @Override
    public final QName name() {
        return name;
    }

    @Override
    public final Class<T> type() {
        return type;
    }

    @Override
    public final Decoded<T> decode(XmlElement element) {
        return PayloadReader.decode(name, what, element, this::read);
    }

    abstract T read(XmlElement e) throws PayloadFormatException;
}
