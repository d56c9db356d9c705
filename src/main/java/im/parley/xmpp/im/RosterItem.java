package im.parley.xmpp.im;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.jid.JidFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One contact on the roster (RFC 6121 §2.1.2).
 *
 * @param jid the contact's bare JID
 * @param name the user's name for the contact, or null
 * @param askSubscribe an outbound subscription request is pending (ask='subscribe')
 * @param approved the contact is pre-approved (RFC 6121 §3.4)
 * @param groups the roster groups, in document order
 */
public record RosterItem(Jid jid, String name, Subscription subscription, boolean askSubscribe,
                         boolean approved, Set<String> groups) {
    public static final String NAMESPACE = "jabber:iq:roster";

    public RosterItem {
        Objects.requireNonNull(jid, "jid");
        Objects.requireNonNull(subscription, "subscription");
        // Set.copyOf would lose the order the user sees the groups in.
        groups = groups == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(groups));
    }

    /** An item as the user adds it: no subscription yet. */
    public static RosterItem of(Jid jid, String name, Set<String> groups) {
        return new RosterItem(jid, name, Subscription.NONE, false, false, groups);
    }

    public boolean isRemove() {
        return subscription == Subscription.REMOVE;
    }

    /** The whole item, as a server sends it in a result or push. */
    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder("item", NAMESPACE)
                .attribute("jid", jid.toString())
                .attribute("name", name)
                .attribute("subscription", subscription == Subscription.NONE ? null : subscription.value())
                .attribute("ask", askSubscribe ? "subscribe" : null)
                .attribute("approved", approved ? "true" : null);
        groups.forEach(g -> b.child(XmlElement.ofText("group", NAMESPACE, g)));
        return b.build();
    }

    /**
     * The item as a client may send it in a roster set: RFC 6121 §2.1.2 forbids the client to
     * set subscription (other than remove), ask or approved, which belong to the server.
     */
    public XmlElement toRequestXml() {
        if (isRemove()) {
            return XmlElement.builder("item", NAMESPACE).attribute("jid", jid.toString())
                    .attribute("subscription", Subscription.REMOVE.value()).build();
        }
        XmlElement.Builder b = XmlElement.builder("item", NAMESPACE)
                .attribute("jid", jid.toString())
                .attribute("name", name);
        groups.forEach(g -> b.child(XmlElement.ofText("group", NAMESPACE, g)));
        return b.build();
    }

    public static RosterItem fromXml(XmlElement item) throws RosterFormatException {
        if (!item.is("item", NAMESPACE)) {
            throw new RosterFormatException("not a roster item: <" + item.name() + " xmlns='" + item.namespace() + "'>");
        }
        String jidText = item.attributeOrNull("jid");
        Jid jid;
        try {
            jid = Jid.of(jidText);
        } catch (JidFormatException e) {
            throw new RosterFormatException("roster item with an invalid jid '" + jidText + "': " + e.getMessage());
        }
        String sub = item.attributeOrNull("subscription");
        Subscription subscription = Subscription.of(sub)
                .orElseThrow(() -> new RosterFormatException("unknown subscription '" + sub + "' for " + jidText));
        String approved = item.attributeOrNull("approved");
        Set<String> groups = new LinkedHashSet<>();
        for (XmlElement g : item.children("group", NAMESPACE)) {
            groups.add(g.text());
        }
        return new RosterItem(jid.bare(), item.attributeOrNull("name"), subscription,
                "subscribe".equals(item.attributeOrNull("ask")),
                "true".equals(approved) || "1".equals(approved), groups);
    }
}
