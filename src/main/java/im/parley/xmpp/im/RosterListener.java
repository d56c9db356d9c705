package im.parley.xmpp.im;

import im.parley.xmpp.jid.Jid;
import java.util.Collection;

/** Told after the roster view changed; runs on the engine's dispatcher, never the reader thread. */
@FunctionalInterface
public interface RosterListener {
    /**
     * @param updated items added or changed
     * @param removed bare JIDs no longer on the roster
     * @param replaced true when a full roster replaced the view (items missing from it are gone)
     */
    void rosterChanged(Collection<RosterItem> updated, Collection<Jid> removed, boolean replaced);
}
