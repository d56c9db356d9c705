package im.parley.xmpp.im;

import im.parley.xmpp.jid.Jid;
import java.util.LinkedHashMap;
import java.util.Map;

/** The in-memory roster and its version; every method is atomic, readers get copies. */
final class RosterView {
    private final Map<Jid, RosterItem> items = new LinkedHashMap<>();
    private String version;

    synchronized void replace(Roster roster) {
        items.clear();
        for (RosterItem i : roster.items()) {
            if (!i.isRemove()) {
                items.put(i.jid(), i);
            }
        }
        version = roster.version();
    }

    /** Applies one pushed item; a push without ver leaves the version as it was (XEP-0237 §2.5). */
    synchronized void apply(RosterItem item, String newVersion) {
        if (item.isRemove()) {
            items.remove(item.jid());
        } else {
            items.put(item.jid(), item);
        }
        if (newVersion != null) {
            version = newVersion;
        }
    }

    synchronized boolean isEmpty() {
        return items.isEmpty();
    }

    synchronized Map<Jid, RosterItem> items() {
        return Map.copyOf(items);
    }

    synchronized Roster snapshot() {
        return new Roster(version, RosterManager.sorted(items.values()));
    }
}
