package im.parley.xmpp.ext;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.xml.XmlElement;

/**
 * How a payload is read when its reader throws on bad input: the codec's decode then answers
 * "not mine" for another element and "malformed" for a throw, and states only how it reads.
 * Records that refuse bad values with IllegalArgumentException count as bad input too.
 */
@FunctionalInterface
public interface PayloadReader<T> {
    T read(XmlElement element) throws PayloadFormatException;

    /** Reads {@code element} if it is {@code name}; a malformed reason starts with {@code what}. */
    static <T> Decoded<T> decode(QName name, String what, XmlElement element, PayloadReader<T> reader) {
        if (!name.matches(element)) {
            return Decoded.notMine();
        }
        try {
            return Decoded.value(reader.read(element));
        } catch (PayloadFormatException | IllegalArgumentException e) {
            return Decoded.malformed(what + ": " + e.getMessage());
        }
    }
}
