package im.parley.xmpp.im;

import im.parley.xmpp.routing.IqErrorException;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.xml.XmlElement;

/**
 * Lets {@code im.parley.bench.RosterBenchmark} run the package-private roster code itself
 * rather than a copy of it, without a server. Test scope only.
 */
public final class RosterBenchSupport {
    private RosterBenchSupport() {
    }

    /**
     * What {@link RosterManager#fetch(String)} does with a full result on a fresh session:
     * decode, replace the view, save its sorted snapshot. Returns the number of contacts in the view.
     */
    public static int applyFullResult(XmlElement query, RosterStore store) throws RosterFormatException {
        RosterView view = new RosterView();
        Roster roster = Roster.fromXml(query);
        view.replace(roster);
        store.save(view.snapshot());
        return view.items().size();
    }

    /** A manager without a session, answering pushes as the live one does (no 'from': our own server). */
    public static RosterManager pushTarget(RosterStore store) {
        return new RosterManager(() -> null, store);
    }

    public static Iq push(RosterManager manager, Iq push) throws IqErrorException {
        return manager.handlePush(push);
    }

    /** The manager's view after the pushes, for seeding it item by item. */
    public static int size(RosterManager manager) {
        return manager.items().size();
    }
}
