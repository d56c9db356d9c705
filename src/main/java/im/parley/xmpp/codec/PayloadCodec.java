package im.parley.xmpp.codec;

import im.parley.xmpp.xml.XmlElement;

/**
 * Reads and writes one kind of payload. Codecs are pure: no I/O, no session state, so each is
 * tested by XML round trips on its XEP's own examples.
 */
public interface PayloadCodec<T> {
    /** The element this codec reads, and the key it is registered under. */
    QName name();

    /** The Java type of the values, so a registry lookup can be checked. */
    Class<T> type();

    /** Never throws for bad input: a malformed element is a {@link Decoded.Malformed}. */
    Decoded<T> decode(XmlElement element);

    XmlElement encode(T value);
}
