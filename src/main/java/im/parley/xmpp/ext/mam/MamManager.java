package im.parley.xmpp.ext.mam;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.rsm.PageRequest;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.routing.StanzaClaim;
import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.session.ProtocolException;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.XmlElement;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * XEP-0313 queries for one session. Every message carrying a MAM {@code <result/>} is claimed
 * from the router, so no result ever reaches the generic message listeners, where it would look
 * like a live message. A result counts only for an open query with its queryid and only from the
 * archive queried: our own account's (no 'from', or our bare JID) or the room's bare JID (§9.2).
 * Everything else is dropped, logged and counted in {@link #forgedDropped()}.
 *
 * <p>The claim must be registered before any claim on a room's stanzas (a MUC's), or that one
 * would take the room's results: make this manager right after the session.
 */
public final class MamManager implements AutoCloseable {
    private static final ArchiveQueryCodec QUERIES = new ArchiveQueryCodec();
    private static final MamFinCodec FINS = new MamFinCodec();
    private static final MamPrefsCodec PREFS = new MamPrefsCodec();

    private final XmppClient client;
    private final ResultInbox inbox = new ResultInbox();
    private final Registration claim;

    public MamManager(XmppClient client) {
        this.client = client;
        this.claim = client.addClaim(new ResultClaim());
    }

    /**
     * One page of an archive. Completes when the server's fin arrives, with the results it sent
     * for this query before it; fails with the server's {@code StanzaErrorException} (e.g.
     * item-not-found for an archive id the archive does not have, §4.3.2).
     *
     * @param archive the archive's bare JID (a room's); null for the user's own archive
     * @param page which page; null leaves the page size to the server
     */
    public CompletableFuture<MamPage> query(Jid archive, MamQuery filter, PageRequest page) {
        Objects.requireNonNull(filter, "filter");
        Jid to = archive == null ? null : archive.bare();
        OpenQuery q = inbox.open(to);
        CompletableFuture<MamPage> done;
        try {
            done = client.query(Iq.set(to, QUERIES.encode(ArchiveQuery.of(q.queryId, filter, page))))
                    .thenCompose(result -> finish(q, result));
        } catch (RuntimeException e) {
            done = CompletableFuture.failedFuture(e);
        }
        return done.whenComplete((p, e) -> inbox.finish(q));
    }

    private CompletableFuture<MamPage> finish(OpenQuery q, Iq result) {
        Decoded<MamFin> fin = result.payload(MamFin.ELEMENT, Mam.NAMESPACE).<Decoded<MamFin>>map(FINS::decode)
                .orElse(Decoded.malformed("the result has no <fin/>"));
        if (!(fin instanceof Decoded.Value<MamFin> v)) {
            return CompletableFuture.failedFuture(new ProtocolException("the archive ended query " + q.queryId
                    + " without a readable <fin/>: " + fin));
        }
        return q.finish(v.value(), client.config().replyTimeout());
    }

    /**
     * Pages forward (oldest first) from {@code afterId} until the archive says it is complete or
     * the handler stops, asking for the next page only once the handler is done with the last.
     *
     * @param afterId the newest archive id already held; null to start at the oldest message
     * @param maxPageSize the most messages a page may hold (a server may cap it lower: Prosody's
     *     max_archive_query_results)
     */
    public CompletableFuture<PagingResult> pageForward(Jid archive, MamQuery filter, String afterId, int maxPageSize,
                                                       PageHandler handler) {
        return new Pager(page -> query(archive, filter, page), maxPageSize, handler).forward(afterId);
    }

    /**
     * Pages backward (newest page first, each page itself in chronological order) from
     * {@code beforeId}, for older history, until the archive's start or the handler stops.
     *
     * @param beforeId the oldest archive id already held; null to start from the newest message
     */
    public CompletableFuture<PagingResult> pageBackward(Jid archive, MamQuery filter, String beforeId,
                                                        int maxPageSize, PageHandler handler) {
        return new Pager(page -> query(archive, filter, page), maxPageSize, handler).backward(beforeId);
    }

    /** The user's archiving preferences (XEP-0441 §2.1). */
    public CompletableFuture<MamPrefs> prefs() {
        return client.query(Iq.get(null, XmlElement.empty(MamPrefs.ELEMENT, Mam.NAMESPACE))).thenCompose(this::prefsOf);
    }

    /** Sets them; completes with the preferences the server applied, which may differ. */
    public CompletableFuture<MamPrefs> setPrefs(MamPrefs prefs) {
        return client.query(Iq.set(null, PREFS.encode(prefs))).thenCompose(this::prefsOf);
    }

    private CompletableFuture<MamPrefs> prefsOf(Iq result) {
        Decoded<MamPrefs> d = result.payload(MamPrefs.ELEMENT, Mam.NAMESPACE).<Decoded<MamPrefs>>map(PREFS::decode)
                .orElse(Decoded.malformed("the result has no <prefs/>"));
        return d instanceof Decoded.Value<MamPrefs> v ? CompletableFuture.completedFuture(v.value())
                : CompletableFuture.failedFuture(new ProtocolException("unreadable archiving preferences: " + d));
    }

    /** What the archive advertises; null asks about the user's own (its bare JID, §7). */
    public CompletableFuture<MamSupport> support(Jid archive) {
        Jid own = client.jid();
        if (archive == null && own == null) {
            return CompletableFuture.failedFuture(new NotConnectedException("our own archive is known once bound"));
        }
        Jid target = archive == null ? own.bare() : archive.bare();
        return client.query(Iq.get(target, XmlElement.empty("query", DiscoInfo.NAMESPACE)))
                .thenApply(r -> MamSupport.of(DiscoInfo.fromXml(
                        r.query().orElse(XmlElement.empty("query", DiscoInfo.NAMESPACE)))));
    }

    /** Results dropped since this manager was made: forged, unsolicited, late or malformed. */
    public long forgedDropped() {
        return inbox.dropped();
    }

    /** The queryids of queries not finished yet: results carrying any other are dropped. */
    public Set<String> openQueryIds() {
        return inbox.openIds();
    }

    /** Stops claiming results: use once the session is over, or later ones would reach the listeners. */
    @Override
    public void close() {
        claim.close();
    }

    private final class ResultClaim implements StanzaClaim {
        @Override
        public boolean claims(Stanza stanza) {
            return stanza instanceof Message m && m.payload(MamResult.ELEMENT, Mam.NAMESPACE).isPresent();
        }

        @Override
        public void message(Message message) {
            inbox.take(message, client.jid() == null ? null : client.jid().bare());
        }
    }
}
