package im.parley.xmpp.codec;

import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.XmlElement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The codecs of one session, by qualified name. Elements no codec claims stay as they are
 * (stanzas keep their raw payloads), so nothing unknown is dropped.
 */
public final class CodecRegistry {
    private final Map<QName, PayloadCodec<?>> codecs = new ConcurrentHashMap<>();

    /** Adds a codec; fails when another codec already owns its name. */
    public Registration register(PayloadCodec<?> codec) {
        PayloadCodec<?> previous = codecs.putIfAbsent(codec.name(), codec);
        if (previous != null && previous != codec) {
            throw new IllegalStateException(codec.name() + " already has a codec: " + previous);
        }
        return () -> codecs.remove(codec.name(), codec);
    }

    public Optional<PayloadCodec<?>> codecFor(QName name) {
        return Optional.ofNullable(codecs.get(name));
    }

    /** Decodes {@code element} with its registered codec; not mine when none is registered. */
    public Decoded<?> decode(XmlElement element) {
        PayloadCodec<?> codec = codecs.get(QName.of(element));
        return codec == null ? Decoded.notMine() : codec.decode(element);
    }

    /** The first payload of {@code stanza} that {@code codec} reads, decoded. */
    public static <T> Decoded<T> first(Stanza stanza, PayloadCodec<T> codec) {
        for (XmlElement payload : stanza.payloads()) {
            if (codec.name().matches(payload)) {
                return codec.decode(payload);
            }
        }
        return Decoded.notMine();
    }
}
