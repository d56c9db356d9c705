package im.parley.xmpp.ext.reactions;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code <reactions id='…'>}: the sender's complete set of reactions to the message with that
 * id. An empty set takes all of the sender's reactions back (Updating reactions).
 */
public record Reactions(String id, Set<String> emojis) {
    public static final String NAMESPACE = "urn:xmpp:reactions:0";
    public static final String ELEMENT = "reactions";
    private static final String REACTION = "reaction";

    public Reactions {
        Objects.requireNonNull(id, "id");
        // Insertion order kept so the wire order survives; a duplicate counts once.
        emojis = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(emojis));
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(ELEMENT, NAMESPACE).attribute("id", id);
        for (String emoji : emojis) {
            b.child(XmlElement.ofText(REACTION, NAMESPACE, emoji));
        }
        return b.build();
    }

    /** Empty reaction elements carry nothing to count and are skipped. */
    public static Reactions fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, NAMESPACE)) {
            throw new PayloadFormatException("not reactions: " + e.name());
        }
        String id = e.attributeOrNull("id");
        if (id == null || id.isEmpty()) {
            throw new PayloadFormatException("reactions without an id");
        }
        Set<String> emojis = new LinkedHashSet<>();
        for (XmlElement r : e.children(REACTION, NAMESPACE)) {
            String text = r.text().strip();
            if (!text.isEmpty()) {
                emojis.add(text);
            }
        }
        return new Reactions(id, emojis);
    }

    public static Optional<Reactions> of(Message m) {
        return m.payload(ELEMENT, NAMESPACE).flatMap(e -> {
            try {
                return Optional.of(fromXml(e));
            } catch (PayloadFormatException ex) {
                return Optional.empty();
            }
        });
    }

    /** A message to send these reactions, with the store hint of the examples, so archives keep it. */
    public Message toMessage(Message.Builder base) {
        return base.replacePayload(toXml())
                .replacePayload(XmlElement.empty("store", "urn:xmpp:hints")).build();
    }
}
