package im.parley.client.transfer;

import im.parley.client.AccountSession;
import im.parley.client.history.PortableHistory;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.pie.PortableFormatException;
import im.parley.xmpp.ext.pie.PortableUser;
import im.parley.xmpp.ext.pie.ServerData;
import im.parley.xmpp.ext.vcard.VCard;
import im.parley.xmpp.im.Roster;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * "Move my account" (XEP-0227): an account's roster, vCard, Private XML Storage and local
 * message history out to an export, and an export into another account, on the same server or
 * another. Both block until the server has answered every request (each within the session's
 * reply timeout), so callers run them off the UI thread.
 *
 * <p>The password is never exported: the file would then open the old account to whoever reads
 * it, and the new account has its own. An import never removes anything: contacts the target
 * has that the export lacks stay, and a contact in both takes the export's name and groups.
 */
public final class AccountTransfer {
    /**
     * The Private XML Storage elements an export carries. XEP-0049 cannot list what is stored, so
     * an export asks by name: XEP-0048 bookmarks (rooms to join, on servers such as Prosody also
     * the XEP-0402 PEP bookmarks seen through XEP-0049), XEP-0145 roster notes and XEP-0209
     * metacontacts, the ones clients still keep there. Other clients' own settings stay behind.
     */
    public static final List<QName> PRIVATE_STORAGE = List.of(
            new QName("storage:bookmarks", "storage"),
            new QName("storage:rosternotes", "storage"),
            new QName("storage:metacontacts", "storage"));

    private AccountTransfer() {
    }

    /** The export of the session's account with the {@link #PRIVATE_STORAGE} elements. */
    public static ServerData export(AccountSession session, PortableHistory history) throws TransferException {
        return export(session, history, PRIVATE_STORAGE);
    }

    /**
     * The export of the session's account: its roster as the server has it (subscription states
     * included, for a server import), its own vCard, the {@code privateNames} elements it has
     * stored, and {@code history}, the account's local history, as the §3.11 archive.
     */
    public static ServerData export(AccountSession session, PortableHistory history, List<QName> privateNames)
            throws TransferException {
        Jid own = connected(session);
        if (!history.account().equals(own)) {
            throw new IllegalArgumentException("the history of " + history.account() + " is not " + own + "'s");
        }
        await(session.roster().fetch(), "fetching the roster");
        List<RosterItem> items = new ArrayList<>(session.roster().items().values());
        items.sort((a, b) -> a.jid().compareTo(b.jid()));
        PortableUser user = PortableUser.of(own).withRoster(new Roster(null, items));
        Optional<VCard> vCard = await(session.vCard().get(null), "fetching the vCard");
        if (vCard.isPresent()) {
            user = user.withVCard(vCard.get());
        }
        List<XmlElement> stored = new ArrayList<>();
        for (QName name : privateNames) {
            storedElement(session, name).ifPresent(stored::add);
        }
        return ServerData.of(user.withPrivateData(stored).withArchive(history.export()));
    }

    /** Nothing stored reads as absent; so does a server without Private XML Storage, for every name alike. */
    private static Optional<XmlElement> storedElement(AccountSession session, QName name) throws TransferException {
        try {
            return session.privateStorage().get(name).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StanzaErrorException s && (s.condition() == StanzaErrorCondition.ITEM_NOT_FOUND
                    || s.condition() == StanzaErrorCondition.SERVICE_UNAVAILABLE
                    || s.condition() == StanzaErrorCondition.FEATURE_NOT_IMPLEMENTED)) {
                return Optional.empty();
            }
            throw new TransferException("fetching " + name + " from private storage failed: " + reason(e.getCause()),
                    null, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransferException("interrupted while fetching " + name, null, e);
        }
    }

    /**
     * Checks the account {@code user} of the export (null: its only one) and imports it into the
     * session's account; see {@link #importInto(AccountSession, PortableHistory, ImportPlan)}.
     *
     * @throws PortableFormatException when the export cannot be imported; nothing was written
     */
    public static ImportReport importInto(AccountSession target, PortableHistory history, ServerData data, Jid user)
            throws PortableFormatException, TransferException {
        return importInto(target, history, ImportPlan.of(data, user, connected(target)));
    }

    /**
     * Writes a checked export into the session's account: each contact (added, or given the
     * export's name and groups), the vCard (replacing the target's), each private element
     * (replacing what the target stored under its name) and, into {@code history}, the target's
     * local history, the archived messages. The server archive is not written: no client can
     * (XEP-0313 has no way to), so the messages live in this profile only. Stops at the first
     * refusal with a {@link TransferException} saying what was applied and what was not.
     */
    public static ImportReport importInto(AccountSession target, PortableHistory history, ImportPlan plan)
            throws TransferException {
        Jid own = connected(target);
        if (!plan.target().equals(own) || !history.account().equals(own)) {
            throw new IllegalArgumentException("the plan or the history is for another account than " + own);
        }
        Progress p = new Progress(plan);
        p.step(target.roster().fetch(), "fetching the roster of " + own);
        Map<Jid, RosterItem> existing = target.roster().items();
        for (RosterItem item : plan.roster()) {
            RosterItem had = existing.get(item.jid());
            if (had != null && java.util.Objects.equals(had.name(), item.name()) && had.groups().equals(item.groups())) {
                p.rosterUnchanged++;
                continue;
            }
            p.step(target.roster().set(item), "setting contact " + item.jid());
            if (had == null) {
                p.rosterAdded++;
            } else {
                p.rosterUpdated++;
            }
        }
        if (plan.vCard() != null) {
            p.step(target.vCard().set(plan.vCard()), "setting the vCard");
            p.vCardSet = true;
        }
        for (XmlElement e : plan.privateData()) {
            p.step(target.privateStorage().set(e), "storing " + QName.of(e) + " in private storage");
            p.privateStored++;
        }
        p.archive = history.importArchive(plan.source(), plan.archive());
        return p.report();
    }

    private static Jid connected(AccountSession session) {
        Jid jid = session.jid();
        if (jid == null) {
            throw new IllegalStateException("the session is not connected");
        }
        return jid.bare();
    }

    private static <T> T await(CompletableFuture<T> f, String step) throws TransferException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new TransferException(step + " failed: " + reason(e.getCause()), null, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransferException("interrupted while " + step, null, e);
        }
    }

    static String reason(Throwable t) {
        if (t instanceof StanzaErrorException s) {
            String text = s.error().text();
            return "the server answered " + s.condition().elementName() + (text == null || text.isBlank() ? "" : " (" + text + ")");
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    /** Counts of an import under way, for its report and for the account of a step that failed. */
    static final class Progress {
        private final ImportPlan plan;
        int rosterAdded;
        int rosterUpdated;
        int rosterUnchanged;
        boolean vCardSet;
        int privateStored;
        PortableHistory.Imported archive = new PortableHistory.Imported(0, 0, 0, 0);

        Progress(ImportPlan plan) {
            this.plan = plan;
        }

        ImportReport report() {
            return new ImportReport(plan.source(), plan.target(), rosterAdded, rosterUpdated, rosterUnchanged,
                    plan.rosterSkipped(), vCardSet, privateStored, archive, plan.notImported());
        }

        void step(CompletableFuture<?> f, String step) throws TransferException {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw failed(step + " failed: " + reason(e.getCause()), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed("interrupted while " + step, e);
            }
        }

        private static String elements(int n) {
            return n + (n == 1 ? " private storage element" : " private storage elements");
        }

        TransferException failed(String what, Throwable cause) {
            int contacts = rosterAdded + rosterUpdated + rosterUnchanged;
            int privateLeft = plan.privateData().size() - privateStored;
            List<String> notApplied = new ArrayList<>();
            if (contacts < plan.roster().size()) {
                notApplied.add((plan.roster().size() - contacts) + " of " + plan.roster().size() + " contacts");
            }
            if (plan.vCard() != null && !vCardSet) {
                notApplied.add("the vCard");
            }
            if (privateLeft > 0) {
                notApplied.add(elements(privateLeft));
            }
            if (!plan.archive().isEmpty()) {
                notApplied.add(plan.archive().size() + (plan.archive().size() == 1 ? " archived message" : " archived messages"));
            }
            String applied = contacts + " of " + plan.roster().size() + " contacts"
                    + (vCardSet ? ", the vCard" : "") + ", " + elements(privateStored);
            return new TransferException(what + ". Applied: " + applied + ". Not applied: "
                    + (notApplied.isEmpty() ? "nothing" : String.join(", ", notApplied)) + ".", report(), cause);
        }
    }
}
