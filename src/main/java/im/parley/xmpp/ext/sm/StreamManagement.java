package im.parley.xmpp.ext.sm;

import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The client's side of one Stream Management session (XEP-0198): which of our stanzas the server
 * has not yet acknowledged, and how many of its stanzas we have handled. Counters are 32-bit and
 * wrap (§4). Not thread-safe: the session guards it with its own lock.
 */
public final class StreamManagement {
    public static final String NAMESPACE = "urn:xmpp:sm:3";
    private static final long MOD = 1L << 32;

    private record Unacked(long seq, Stanza stanza, CompletableFuture<Void> acked) {
    }

    private final ArrayDeque<Unacked> unacked = new ArrayDeque<>();
    private final Executor completions;
    private String resumeId;
    private String location;
    private boolean enabled;
    private long sent;
    private long acked;
    private long handled;

    /** Ack futures complete on the calling thread: for tests. */
    public StreamManagement() {
        this(Runnable::run);
    }

    /**
     * Ack futures complete on {@code completions}, never on the caller: the session calls in
     * under its lock, on the reader thread, where a continuation must not run.
     */
    public StreamManagement(Executor completions) {
        this.completions = completions;
    }

    /** The server answered {@code <enabled/>}: counting starts from zero. */
    public void enabled(XmlElement enabledElement) {
        enabled = true;
        sent = 0;
        acked = 0;
        handled = 0;
        boolean resume = "true".equals(enabledElement.attributeOrNull("resume"))
                || "1".equals(enabledElement.attributeOrNull("resume"));
        resumeId = resume ? enabledElement.attributeOrNull("id") : null;
        location = enabledElement.attributeOrNull("location");
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean canResume() {
        return enabled && resumeId != null;
    }

    public String location() {
        return location;
    }

    /** Counts a stanza we are sending; the returned future completes when the server acknowledges it. */
    public CompletableFuture<Void> track(Stanza stanza) {
        sent = (sent + 1) % MOD;
        CompletableFuture<Void> f = new CompletableFuture<>();
        unacked.add(new Unacked(sent, stanza, f));
        return f;
    }

    /** Counts a stanza received from the server. */
    public void handledInbound() {
        handled = (handled + 1) % MOD;
    }

    /** The server acknowledged everything up to {@code h}; returns how many stanzas that settled. */
    public int acknowledge(long h) {
        if (h < 0 || h >= MOD) {
            return 0;
        }
        long newly = (h - acked + MOD) % MOD;
        if (newly > MOD / 2) {
            // An h behind the last one (a stale or reordered ack), not a wrap-around: settle nothing.
            return 0;
        }
        if (newly > unacked.size()) {
            // §4: an h beyond what we sent is a protocol error; trust only what we can match.
            newly = unacked.size();
        }
        List<CompletableFuture<Void>> settled = new ArrayList<>((int) newly);
        for (long i = 0; i < newly; i++) {
            settled.add(unacked.poll().acked());
        }
        acked = (acked + newly) % MOD;
        if (!settled.isEmpty()) {
            completions.execute(() -> settled.forEach(f -> f.complete(null)));
        }
        return (int) newly;
    }

    /** The ack future of the newest unacknowledged stanza, or null when all are acknowledged. */
    public CompletableFuture<Void> lastUnacked() {
        Unacked last = unacked.peekLast();
        return last == null ? null : last.acked();
    }

    public int unackedCount() {
        return unacked.size();
    }

    /** The stanzas to resend after {@code <resumed/>}, oldest first. */
    public List<Stanza> unackedStanzas() {
        List<Stanza> out = new ArrayList<>(unacked.size());
        for (Unacked u : unacked) {
            out.add(u.stanza());
        }
        return out;
    }

    /**
     * Resumption failed: the stanzas the server never acknowledged, for the caller to decide
     * about. Their ack futures fail so nobody waits for ever. Counting stops until the next enable.
     */
    public List<Stanza> handBack(Throwable reason) {
        List<Stanza> out = unackedStanzas();
        List<CompletableFuture<Void>> failed = new ArrayList<>(unacked.size());
        for (Unacked u : unacked) {
            failed.add(u.acked());
        }
        unacked.clear();
        if (!failed.isEmpty()) {
            completions.execute(() -> failed.forEach(f -> f.completeExceptionally(reason)));
        }
        enabled = false;
        resumeId = null;
        return out;
    }

    public XmlElement enableRequest() {
        return XmlElement.builder("enable", NAMESPACE).attribute("resume", "true").build();
    }

    public XmlElement resumeRequest() {
        return XmlElement.builder("resume", NAMESPACE)
                .attribute("h", Long.toString(handled))
                .attribute("previd", resumeId)
                .build();
    }

    public XmlElement answer() {
        return XmlElement.builder("a", NAMESPACE).attribute("h", Long.toString(handled)).build();
    }

    public static XmlElement request() {
        return XmlElement.empty("r", NAMESPACE);
    }

    /** Reads the {@code h} attribute of an a, resumed or failed element; -1 when absent or invalid. */
    public static long h(XmlElement e) {
        String v = e.attributeOrNull("h");
        if (v == null) {
            return -1;
        }
        try {
            long h = Long.parseLong(v.trim());
            return h >= 0 && h < MOD ? h : -1;
        } catch (NumberFormatException ex) {
            return -1;
        }
    }
}
