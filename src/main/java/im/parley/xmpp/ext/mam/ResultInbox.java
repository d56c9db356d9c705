package im.parley.xmpp.ext.mam;

import im.parley.xmpp.codec.CodecRegistry;
import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Where result messages go: each to the open query it answers, if it truly answers one (§9.2).
 * Kept apart from the session so the rules can be tested without a server.
 */
final class ResultInbox {
    private static final Logger LOG = Logger.getLogger(ResultInbox.class.getName());
    private static final MamResultCodec RESULTS = new MamResultCodec();

    private final Map<String, OpenQuery> open = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();

    /**
     * A query to {@code archive} (a bare JID; null for our own archive), open from now on. Its id
     * is unpredictable, so a sender cannot aim results at a query it merely guesses exists.
     */
    OpenQuery open(Jid archive) {
        OpenQuery q = new OpenQuery(UUID.randomUUID().toString(), archive);
        open.put(q.queryId, q);
        return q;
    }

    /** The query takes no more results. */
    void finish(OpenQuery q) {
        open.remove(q.queryId, q);
        q.close();
    }

    /** Files a message holding a {@code <result/>}, or drops it; {@code ownBare} is our account. */
    void take(Message m, Jid ownBare) {
        Decoded<MamResult> d = CodecRegistry.first(m, RESULTS);
        if (!(d instanceof Decoded.Value<MamResult> v)) {
            drop(m, null, "it is malformed: " + d);
            return;
        }
        MamResult r = v.value();
        OpenQuery q = r.queryId() == null ? null : open.get(r.queryId());
        if (q == null) {
            drop(m, r.queryId(), "no query of ours with that queryid is open");
            return;
        }
        if (!fromArchive(m.from(), q.archive, ownBare)) {
            drop(m, r.queryId(), "it does not come from the archive queried");
            return;
        }
        if (!(r.forwarded().stanza() instanceof Message archived)) {
            drop(m, r.queryId(), "it forwards a " + r.forwarded().stanza().kind() + ", not a message");
            return;
        }
        Instant stamp = r.forwarded().delay() == null ? null : r.forwarded().delay().stamp();
        String refused = q.add(new ArchivedMessage(r.id(), stamp, archived));
        if (refused != null) {
            drop(m, r.queryId(), refused);
        }
    }

    /** Our own archive answers from our bare JID or with no 'from'; any other from its bare JID. */
    static boolean fromArchive(Jid from, Jid archive, Jid ownBare) {
        if (archive == null || archive.equals(ownBare)) {
            return from == null || from.equals(ownBare);
        }
        return archive.equals(from);
    }

    private void drop(Message m, String queryId, String why) {
        dropped.incrementAndGet();
        LOG.warning(() -> "dropped a MAM result from " + (m.from() == null ? "our server" : m.from())
                + " for queryid " + queryId + ": " + why);
    }

    long dropped() {
        return dropped.get();
    }

    int openCount() {
        return open.size();
    }

    Set<String> openIds() {
        return Set.copyOf(open.keySet());
    }
}
