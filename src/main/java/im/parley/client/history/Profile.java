package im.parley.client.history;

import im.parley.archive.AccountRow;
import im.parley.archive.AccountStore;
import im.parley.archive.Archive;
import im.parley.archive.ArchiveException;
import im.parley.archive.CallLog;
import im.parley.archive.ArchiveSearch;
import im.parley.archive.CapsRows;
import im.parley.archive.Compaction;
import im.parley.archive.Conversations;
import im.parley.archive.Footprint;
import im.parley.archive.MessageQueries;
import im.parley.archive.MessageStore;
import im.parley.archive.OutboxActions;
import im.parley.archive.RosterRows;
import im.parley.archive.SyncCursors;
import im.parley.client.Account;
import im.parley.client.ArchiveSync;
import im.parley.client.HistoryStore;
import im.parley.xmpp.ext.caps.CapsCache;
import im.parley.xmpp.im.RosterStore;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import java.util.Locale;

/**
 * Everything Parley keeps for one person: the archive (accounts, rosters, history, contacts'
 * profiles and avatars) and, beside it, the search index and the settings files, in one folder.
 * By default that is the operating system's application-data folder; {@code --profile DIR}
 * chooses another, for portable use and tests.
 */
public final class Profile implements AutoCloseable {
    private final Path folder;
    private final Archive archive;
    private final AccountStore accounts;
    private final MessageStore messages;
    private final MessageQueries queries;
    private final CapsCache caps;
    private final ArchiveSearch search;

    private Profile(Path folder, Archive archive, boolean searchNow) {
        this.folder = folder;
        this.archive = archive;
        this.accounts = new AccountStore(archive);
        this.messages = new MessageStore(archive);
        this.queries = new MessageQueries(archive);
        this.caps = KeptCaps.load(new CapsRows(archive));
        this.search = searchNow ? ArchiveSearch.open(archive, messages, folder.resolve("search"))
                : ArchiveSearch.onDemand(archive, messages, folder.resolve("search"));
    }

    /** Opens the profile in {@code folder}, creating it; fails with ArchiveException when another Parley has it open. */
    public static Profile open(Path folder) {
        return open(folder, true);
    }

    /**
     * As {@link #open}, but the search index opens only at {@link #openSearchIndex} or the first
     * search: the app puts Lucene's start off until its first window is drawn.
     */
    public static Profile openSearchLater(Path folder) {
        return open(folder, false);
    }

    private static Profile open(Path folder, boolean searchNow) {
        Archive archive;
        try {
            archive = Archive.open(folder);
        } catch (ArchiveException e) {
            throw new ProfileException(e.getMessage(), e);
        }
        try {
            return new Profile(folder, archive, searchNow);
        } catch (RuntimeException e) {
            archive.close();
            throw e instanceof ArchiveException ? new ProfileException(e.getMessage(), e) : e;
        }
    }

    /** Starts opening the search index in the background, if it is not open or opening yet. */
    public void openSearchIndex() {
        search.openInBackground();
    }

    /**
     * Compacts the archive of the profile in {@code folder} fully, for the user who asks: Parley
     * already does it by itself after a bulk load, at close or at the next open. The search index
     * is left as it is: merging its segments gave nothing back (docs/BENCHMARKS.md). Fails when a
     * Parley has the profile open; never call it on a profile this process has open.
     */
    public static CompactedArchive compact(Path folder) {
        try {
            Compaction done = Archive.compact(folder);
            return new CompactedArchive(done.bytesBefore(), done.bytesAfter(), done.took());
        } catch (ArchiveException e) {
            throw new ProfileException(e.getMessage(), e);
        }
    }

    /** The archive file's size and how much of it its data takes, as H2 counts them (nothing is read). */
    public ArchiveSpace archiveSpace() {
        Footprint f = archive.footprint();
        return new ArchiveSpace(f.fileBytes(), f.liveBytes());
    }

    /**
     * Compacts the archive fully when the profile closes, whatever that gives back: for the user who
     * asks in the app, which holds the archive open until then.
     */
    public void compactArchiveAtClose() {
        archive.compactAtClose();
    }

    /**
     * Where a profile lives when none is named: {@code %APPDATA%\Parley} on Windows,
     * {@code ~/Library/Application Support/Parley} on macOS, {@code $XDG_DATA_HOME/parley}
     * (else {@code ~/.local/share/parley}) elsewhere.
     */
    public static Path defaultFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Parley");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Parley");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("parley");
    }

    public Path folder() {
        return folder;
    }

    /** The accounts this profile keeps. */
    public List<KeptAccount> accounts() {
        return accounts.list().stream().map(a -> new KeptAccount(Jid.of(a.jid()), a.addedAt(), a.enabled())).toList();
    }

    /** Keeps {@code jid} among the profile's accounts (a bare JID); true when it was new. */
    public boolean addAccount(Jid jid) {
        boolean known = accounts.find(jid.bare().toString()).isPresent();
        accounts.ensure(jid.bare().toString());
        return !known;
    }

    /** Forgets an account and all its history; true when there was one. */
    public boolean removeAccount(Jid jid) {
        Optional<Long> id = accounts.find(jid.bare().toString()).map(AccountRow::id);
        boolean removed = accounts.remove(jid.bare().toString());
        if (removed && id.isPresent()) {
            search.accountRemoved(id.get());
        }
        return removed;
    }

    /** How to reach the account {@code jid}; defaults when nothing was saved. */
    public AccountSettings settings(Jid jid) {
        return accounts.find(jid.bare().toString())
                .map(row -> AccountSettings.fromRows(jid, row.settings()))
                .orElseGet(() -> AccountSettings.of(jid));
    }

    /** Keeps {@code settings}, adding their account to the profile if it was not there. */
    public void saveSettings(AccountSettings settings) {
        long id = accounts.ensure(settings.jid().toString());
        settings.toRows().forEach((name, value) -> accounts.putSetting(id, name, value));
    }

    public AccountStore accountStore() {
        return accounts;
    }

    /**
     * An account whose roster, history and outbox live in this profile. It is added to the
     * profile's accounts if it was not there.
     */
    public Account account(ClientConfig config) {
        return accountWithSync(config).account();
    }

    /** An account of this profile and the sync that catches its history up after every fresh session. */
    public SyncedAccount accountWithSync(ClientConfig config) {
        long id = accounts.ensure(config.jid().bare().toString());
        ArchivedProfiles profiles = ArchivedProfiles.of(archive, id);
        Account account = new Account(config, new ArchiveRosterStore(new RosterRows(archive), id),
                new ArchiveJournal(config.jid(), id, messages, queries, new OutboxActions(archive),
                        new CallLog(archive), profiles), caps, profiles);
        return new SyncedAccount(account, ArchiveSync.install(account, historyStore(config.jid())));
    }

    /** Where the account {@code jid}'s server archives are stored here: what its sync writes to. */
    public HistoryStore historyStore(Jid jid) {
        return new ArchiveHistoryStore(jid, accounts.ensure(jid.bare().toString()), messages, queries,
                new SyncCursors(archive));
    }

    /** An account and its archive sync (XEP-0313). */
    public record SyncedAccount(Account account, ArchiveSync sync) {
    }

    /** The roster of the account {@code jid} as kept in this profile, with its version (XEP-0237). */
    public RosterStore rosterStore(Jid jid) {
        return new ArchiveRosterStore(new RosterRows(archive), accounts.ensure(jid.bare().toString()));
    }

    /** The stored history of the account {@code jid}, for reading and searching. */
    public History history(Jid jid) {
        long id = accounts.ensure(jid.bare().toString());
        return new History(id, queries, new Conversations(archive), search, new CallLog(archive));
    }

    /** The stored history of the account {@code jid} as it goes into and comes out of an account export. */
    public PortableHistory portableHistory(Jid jid) {
        long id = accounts.ensure(jid.bare().toString());
        return new PortableHistory(jid, id, messages, queries, new SyncCursors(archive));
    }

    /** Closes the archive; close the profile's accounts first. */
    @Override
    public void close() {
        search.close();
        archive.close();
    }
}
