package im.parley.xmpp.ext.rosterx;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.im.Subscription;
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

    /**
     * The roster item that carries out this suggestion, given the contact's current item (null
     * when not on the roster); empty when §3 says there is nothing to do or to ask about: adding
     * what is there already (in those groups), deleting or changing what is not there, deleting
     * from a group the contact is not in. A removal is an item with subscription "remove".
     */
    public Optional<RosterItem> change(RosterItem existing) {
        return switch (action) {
            case ADD -> {
                if (existing == null) {
                    yield Optional.of(RosterItem.of(jid, name, groups));
                }
                if (existing.groups().containsAll(groups)) {
                    yield Optional.empty();
                }
                // §3.1: the contact also joins the suggested groups; the user's name for it stays.
                Set<String> joined = new LinkedHashSet<>(existing.groups());
                joined.addAll(groups);
                yield Optional.of(RosterItem.of(jid, existing.name(), joined));
            }
            case DELETE -> {
                if (existing == null || !groups.isEmpty() && groups.stream().noneMatch(existing.groups()::contains)) {
                    yield Optional.empty();
                }
                Set<String> left = new LinkedHashSet<>(existing.groups());
                left.removeAll(groups);
                // §3.2: out of the named groups only, unless that leaves it in none.
                yield Optional.of(groups.isEmpty() || left.isEmpty()
                        ? new RosterItem(jid, null, Subscription.REMOVE, false, false, null)
                        : RosterItem.of(jid, existing.name(), left));
            }
            case MODIFY -> {
                if (existing == null) {
                    yield Optional.empty();
                }
                boolean renamed = name != null && !name.equals(existing.name());
                boolean regrouped = !groups.isEmpty() && !groups.equals(existing.groups());
                yield renamed || regrouped
                        ? Optional.of(RosterItem.of(jid, renamed ? name : existing.name(), regrouped ? groups : existing.groups()))
                        : Optional.empty();
            }
        };
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
