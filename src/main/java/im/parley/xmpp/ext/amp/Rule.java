package im.parley.xmpp.ext.amp;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** One {@code <rule/>}: do {@code action} when {@code condition} holds for {@code value} (§3.4). */
public record Rule(Condition condition, Action action, String value) {
    /** §3.5; the attribute value is the lower-case, hyphenated name. */
    public enum Condition {
        DELIVER, EXPIRE_AT, MATCH_RESOURCE;

        public String value() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Condition> of(String value) {
            return Arrays.stream(values()).filter(c -> c.value().equals(value)).findFirst();
        }
    }

    /** §3.6. */
    public enum Action {
        ALERT, DROP, ERROR, NOTIFY;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Action> of(String value) {
            return Arrays.stream(values()).filter(a -> a.value().equals(value)).findFirst();
        }
    }

    public Rule {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(value, "value");
    }

    /** The rule in the given namespace: amp, or amp#errors inside {@code <failed-rules/>}. */
    public XmlElement toXml(String namespace) {
        return XmlElement.builder("rule", namespace).attribute("action", action.value())
                .attribute("condition", condition.value()).attribute("value", value).build();
    }

    /** Reads a rule in whichever namespace its parent gave it. */
    public static Rule fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.name().equals("rule")) {
            throw new PayloadFormatException("not an AMP rule: <" + e.name() + "/>");
        }
        String c = e.attributeOrNull("condition");
        String a = e.attributeOrNull("action");
        String v = e.attributeOrNull("value");
        if (v == null) {
            throw new PayloadFormatException("§3.4: an AMP rule needs a value");
        }
        return new Rule(Condition.of(c).orElseThrow(() -> new PayloadFormatException("unknown AMP condition '" + c + "'")),
                Action.of(a).orElseThrow(() -> new PayloadFormatException("unknown AMP action '" + a + "'")), v);
    }
}
