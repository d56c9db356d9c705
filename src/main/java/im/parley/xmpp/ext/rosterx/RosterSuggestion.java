package im.parley.xmpp.ext.rosterx;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.jid.JidFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** One suggested {@code <item/>}: what the sender proposes we do with {@code jid}. */
public record RosterSuggestion(Action action, Jid jid, String name, Set<String> groups) {
    public enum Action {
        ADD, DELETE, MODIFY;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** §3.1 note: a missing or unknown action means "add". */
        static Action of(String value) {
            return Arrays.stream(values()).filter(a -> a.value().equals(value)).findFirst().orElse(ADD);
        }
    }

    public RosterSuggestion {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(jid, "jid");
        groups = groups == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(groups));
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder("item", RosterExchange.NAMESPACE)
                .attribute("action", action.value()).attribute("jid", jid.toString()).attribute("name", name);
        groups.forEach(g -> b.child(XmlElement.ofText("group", RosterExchange.NAMESPACE, g)));
        return b.build();
    }

    public static RosterSuggestion fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is("item", RosterExchange.NAMESPACE)) {
            throw new PayloadFormatException("not a roster exchange item: <" + e.name() + "/>");
        }
        String jidText = e.attributeOrNull("jid");
        Jid jid;
        try {
            jid = Jid.of(Optional.ofNullable(jidText).orElseThrow(() -> new PayloadFormatException("item without jid")));
        } catch (JidFormatException ex) {
            throw new PayloadFormatException("roster exchange item with an invalid jid '" + jidText + "'");
        }
        Set<String> groups = new LinkedHashSet<>();
        e.children("group", RosterExchange.NAMESPACE).forEach(g -> groups.add(g.text()));
        // Roster items are bare JIDs (RFC 6121 §2.1.1); a full JID here is a sender's slip.
        return new RosterSuggestion(Action.of(e.attributeOrNull("action")), jid.bare(), e.attributeOrNull("name"), groups);
    }
}
