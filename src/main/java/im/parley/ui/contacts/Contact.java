package im.parley.ui.contacts;

import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.im.Subscription;
import im.parley.xmpp.jid.Jid;
import java.util.List;

/**
 * A roster entry as the contact list shows it.
 *
 * @param availability null while no resource is online
 */
public record Contact(Jid jid, String name, List<String> groups, Subscription subscription, boolean askSubscribe,
                      Availability availability, String status) {
    public Contact {
        groups = List.copyOf(groups);
    }

    static Contact of(RosterItem item) {
        return new Contact(item.jid(), item.name(), List.copyOf(item.groups()), item.subscription(),
                item.askSubscribe(), null, null);
    }

    Contact withItem(RosterItem item) {
        return new Contact(item.jid(), item.name(), List.copyOf(item.groups()), item.subscription(),
                item.askSubscribe(), availability, status);
    }

    Contact withPresence(Availability availability, String status) {
        return new Contact(jid, name, groups, subscription, askSubscribe, availability, status);
    }

    /** The name to show: the roster name, else the address. */
    public String displayName() {
        return name == null || name.isBlank() ? jid.toString() : name;
    }

    /** The user does not see their presence and has not asked yet: the contact menu offers to ask. */
    public boolean mayAskForPresence() {
        return (subscription == Subscription.NONE || subscription == Subscription.FROM) && !askSubscribe;
    }

    /** Presence as a word, or the status text the contact set. */
    public String statusLine() {
        if (status != null && !status.isBlank()) {
            return status;
        }
        if (availability == null) {
            return subscription == Subscription.NONE || subscription == Subscription.FROM
                    ? (askSubscribe ? "Waiting for approval" : "Presence not shared") : "Offline";
        }
        return availability.label();
    }

    public boolean online() {
        return availability != null;
    }

    /** Where a contact is when shown by group. */
    public enum Availability {
        AVAILABLE("Available", "online"), CHAT("Free to chat", "online"), AWAY("Away", "away"),
        XA("Away for a while", "away"), DND("Do not disturb", "busy");

        private final String label;
        private final String styleClass;

        Availability(String label, String styleClass) {
            this.label = label;
            this.styleClass = styleClass;
        }

        public String label() {
            return label;
        }

        /** online, away or busy: the colour of the presence dot. */
        public String styleClass() {
            return styleClass;
        }
    }
}
