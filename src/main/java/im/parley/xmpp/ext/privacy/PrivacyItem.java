package im.parley.xmpp.ext.privacy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One rule of a privacy list (XEP-0016 §2.2). A null {@code type} is the fall-through item that
 * matches everyone; an empty {@code stanzas} set means the rule covers every kind of stanza.
 */
public record PrivacyItem(Type type, String value, Action action, long order, Set<StanzaKind> stanzas) {

    public enum Type {
        JID, GROUP, SUBSCRIPTION;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Action {
        ALLOW, DENY;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The child elements that narrow an item to some stanzas. */
    public enum StanzaKind {
        MESSAGE("message"), IQ("iq"), PRESENCE_IN("presence-in"), PRESENCE_OUT("presence-out");

        private final String element;

        StanzaKind(String element) {
            this.element = element;
        }

        public String element() {
            return element;
        }
    }

    private static final Set<String> SUBSCRIPTIONS = Set.of("both", "to", "from", "none");
    private static final long MAX_ORDER = 0xFFFFFFFFL;

    public PrivacyItem {
        Objects.requireNonNull(action, "action");
        if ((type == null) != (value == null)) {
            throw new IllegalArgumentException("type and value go together (fall-through items have neither)");
        }
        if (type == Type.SUBSCRIPTION && !SUBSCRIPTIONS.contains(value)) {
            throw new IllegalArgumentException("subscription must be both, to, from or none: " + value);
        }
        if (order < 0 || order > MAX_ORDER) {
            throw new IllegalArgumentException("order is an xs:unsignedInt: " + order);
        }
        stanzas = stanzas.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(stanzas));
    }

    /** The fall-through rule at the end of most lists. */
    public static PrivacyItem fallThrough(Action action, long order) {
        return new PrivacyItem(null, null, action, order, Set.of());
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder("item", PrivacyList.NAMESPACE)
                .attribute("type", type == null ? null : type.value()).attribute("value", value)
                .attribute("action", action.value()).attribute("order", Long.toString(order));
        for (StanzaKind k : StanzaKind.values()) {
            if (stanzas.contains(k)) {
                b.child(XmlElement.empty(k.element(), PrivacyList.NAMESPACE));
            }
        }
        return b.build();
    }

    public static PrivacyItem fromXml(XmlElement e) throws PayloadFormatException {
        try {
            Type type = e.attributeOrNull("type") == null ? null : Type.valueOf(upper(e.attributeOrNull("type")));
            Action action = Action.valueOf(upper(Objects.requireNonNull(e.attributeOrNull("action"), "no action")));
            long order = Long.parseLong(Objects.requireNonNull(e.attributeOrNull("order"), "no order"));
            Set<StanzaKind> stanzas = EnumSet.noneOf(StanzaKind.class);
            for (XmlElement child : e.elements()) {
                for (StanzaKind k : StanzaKind.values()) {
                    if (child.is(k.element(), PrivacyList.NAMESPACE)) {
                        stanzas.add(k);
                    }
                }
            }
            return new PrivacyItem(type, e.attributeOrNull("value"), action, order, stanzas);
        } catch (IllegalArgumentException | NullPointerException ex) {
            // NumberFormatException is an IllegalArgumentException too.
            throw new PayloadFormatException("malformed privacy item: " + ex.getMessage());
        }
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
