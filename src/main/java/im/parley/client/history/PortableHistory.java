package im.parley.client.history;

import im.parley.archive.AttachmentRow;
import im.parley.archive.ConversationKind;
import im.parley.archive.MessageQueries;
import im.parley.archive.MessageStore;
import im.parley.archive.StoredMessage;
import im.parley.archive.SyncCursors;
import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.ext.oob.OobAttachment;
import im.parley.xmpp.ext.pie.ArchivedMessage;
import im.parley.xmpp.ext.reply.Reply;
import im.parley.xmpp.ext.sid.OriginId;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * One account's local history as it travels in an account export (XEP-0227 §3.11): read out as
 * archive entries, and entries of an export stored as history.
 */
public final class PortableHistory {
    private static final int PAGE = 1000;

    private final Jid account;
    private final long accountId;
    private final MessageStore store;
    private final MessageQueries queries;
    private final SyncCursors cursors;

    PortableHistory(Jid account, long accountId, MessageStore store, MessageQueries queries, SyncCursors cursors) {
        this.account = account.bare();
        this.accountId = accountId;
        this.store = store;
        this.queries = queries;
        this.cursors = cursors;
    }

    /** The account whose history this is. */
    public Jid account() {
        return account;
    }

    /**
     * Every one-to-one message held, oldest first, with its archive id (where the user's server
     * gave one) and its time, as corrected last. Left out: room messages, which belong to the
     * rooms' archives and not the user's; retracted messages, whose text is gone; reactions and
     * the texts before a correction, which the format has no place for.
     */
    public List<ArchivedMessage> export() {
        List<ArchivedMessage> out = new ArrayList<>();
        StoredMessage after = null;
        while (true) {
            List<StoredMessage> page = queries.ofAccount(accountId, ConversationKind.CHAT, after, PAGE);
            for (StoredMessage m : page) {
                if (!m.retracted()) {
                    out.add(entry(m));
                }
            }
            if (page.size() < PAGE) {
                return out;
            }
            after = page.get(page.size() - 1);
        }
    }

    private ArchivedMessage entry(StoredMessage m) {
        Jid peer = Jid.of(m.conversation());
        // The stored sender is a full JID; a row with an unreadable one still says who in its conversation.
        Jid sender = Jid.tryParse(m.sender()).orElse(m.outgoing() ? account : peer);
        Message.Builder b = Message.builder().type(Message.Type.CHAT).id(m.messageId())
                .from(sender).to(m.outgoing() ? peer : account).body(m.body());
        if (m.originId() != null) {
            b.payload(new OriginId(m.originId()).toXml());
        }
        if (m.replyToId() != null) {
            b.payload(new Reply(m.replyToJid() == null ? null : Jid.tryParse(m.replyToJid()).orElse(null),
                    m.replyToId()).toXml());
        }
        for (AttachmentRow a : m.attachments()) {
            try {
                b.payload(new OobAttachment(new URI(a.url()), a.description()).toXml());
            } catch (URISyntaxException e) {
                // Stored from a received link that parsed then; one that no longer does is left behind.
            }
        }
        return new ArchivedMessage(m.stanzaId(), new Delay(m.sortTime(), null, null), b.build());
    }

    /**
     * Stores the archive of {@code exportedUser} as this account's history, each message once
     * (a second import adds nothing), incoming ones as already read. Messages from or to
     * {@code exportedUser} are this account's own. Their archive ids are kept only when the
     * export is of this very account: another's ids name messages in an archive this account
     * never reads, and catching up from one would ask its server for an id it does not have.
     */
    public Imported importArchive(Jid exportedUser, List<ArchivedMessage> archive) {
        boolean sameArchive = exportedUser.bare().equals(account);
        List<ArchiveHistoryStore.Entry> entries = new ArrayList<>(archive.size());
        for (ArchivedMessage a : archive) {
            entries.add(new ArchiveHistoryStore.Entry(sameArchive ? a.id() : null,
                    a.delay() == null ? null : a.delay().stamp(), a.message()));
        }
        ArchiveHistoryStore.Stored s = new ArchiveHistoryStore(exportedUser, accountId, store, queries, cursors)
                .store(entries, true);
        return new Imported(s.added(), s.held(), s.changes(), s.skipped());
    }

    /**
     * What an import of an archive did.
     *
     * @param stored messages new to this history
     * @param alreadyHeld messages it held already
     * @param changes corrections, retractions and reactions applied to the messages they name
     * @param skipped entries with neither text nor a change, room messages and errors
     */
    public record Imported(int stored, int alreadyHeld, int changes, int skipped) {
    }
}
