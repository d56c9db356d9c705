package im.parley.client.history;

import im.parley.archive.RosterRow;
import im.parley.archive.RosterRows;
import im.parley.xmpp.im.Roster;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.im.RosterStore;
import im.parley.xmpp.im.Subscription;
import im.parley.xmpp.jid.Jid;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.logging.Logger;

/** An account's roster and its version (XEP-0237) in the local archive. */
public final class ArchiveRosterStore implements RosterStore {
    private static final Logger LOG = Logger.getLogger(ArchiveRosterStore.class.getName());

    private final RosterRows rows;
    private final long accountId;

    public ArchiveRosterStore(RosterRows rows, long accountId) {
        this.rows = rows;
        this.accountId = accountId;
    }

    /** The stored roster; an item that no longer reads as one is left out and the version dropped, so the server sends it all again. */
    @Override
    public Roster load() {
        RosterRows.Stored stored = rows.load(accountId);
        List<RosterItem> items = new ArrayList<>();
        boolean damaged = false;
        for (RosterRow r : stored.items()) {
            try {
                Subscription s = Subscription.of(r.subscription()).orElseThrow(
                        () -> new IllegalArgumentException("subscription " + r.subscription()));
                items.add(new RosterItem(Jid.of(r.jid()), r.name(), s, r.ask(), r.approved(), new LinkedHashSet<>(r.groups())));
            } catch (RuntimeException e) {
                LOG.warning("stored roster item " + r.jid() + " is damaged: " + e.getMessage());
                damaged = true;
            }
        }
        return new Roster(damaged ? null : stored.version(), items);
    }

    @Override
    public void save(Roster roster) {
        List<RosterRow> out = new ArrayList<>();
        for (RosterItem i : roster.items()) {
            out.add(new RosterRow(i.jid().toString(), i.name(), i.subscription().value(), i.askSubscribe(), i.approved(),
                    List.copyOf(i.groups())));
        }
        rows.save(accountId, roster.version(), out);
    }
}
