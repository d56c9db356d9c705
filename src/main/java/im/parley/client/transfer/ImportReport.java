package im.parley.client.transfer;

import im.parley.client.history.PortableHistory;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.Objects;

/**
 * What an import wrote, or, carried by a {@link TransferException}, what it had written when the
 * server refused the next step.
 *
 * @param source the account in the export
 * @param target the account imported into
 * @param rosterAdded contacts new to the target's roster
 * @param rosterUpdated contacts it had, given the export's name and groups
 * @param rosterUnchanged contacts it had already with that name and those groups
 * @param rosterSkipped contacts left out because they are the target itself
 * @param vCardSet whether the target's vCard was replaced with the export's
 * @param privateStored Private XML Storage elements stored
 * @param archive what became of the archived messages in the target's local history
 * @param notImported what the export holds that no client can import
 */
public record ImportReport(Jid source, Jid target, int rosterAdded, int rosterUpdated, int rosterUnchanged,
                           int rosterSkipped, boolean vCardSet, int privateStored, PortableHistory.Imported archive,
                           List<String> notImported) {
    public ImportReport {
        Objects.requireNonNull(archive, "archive");
        notImported = List.copyOf(notImported);
    }

    /** Contacts the import wrote or found as the export has them. */
    public int rosterApplied() {
        return rosterAdded + rosterUpdated + rosterUnchanged;
    }
}
