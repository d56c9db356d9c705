package im.parley.xmpp.ext.markers;

import im.parley.xmpp.jid.Jid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The markers on the markable messages we sent: id to the furthest marker seen. Bounded, oldest
 * sent first out, since a chat can run for months and only recent messages show a tick.
 */
public final class MarkerTracker {
    private static final Logger LOG = Logger.getLogger(MarkerTracker.class.getName());

    /** Who may mark this message (its recipient's bare JID) and the furthest marker so far. */
    private record Entry(Jid recipient, Marker.Kind latest) {
    }

    private final Map<String, Entry> sent;

    public MarkerTracker(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.sent = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Remembers a markable message we sent with {@code id} to {@code to}. */
    public synchronized void sent(String id, Jid to) {
        sent.put(id, new Entry(to.bare(), null));
    }

    /**
     * Applies a marker from {@code from}; true if it moved the message's state forward. Ids are
     * guessable, so a marker for an id we never sent, or from anyone but the recipient, is ignored;
     * so is one behind the state we have (markers can arrive out of order).
     */
    public synchronized boolean received(Jid from, Marker marker) {
        Entry e = sent.get(marker.id());
        if (e == null) {
            LOG.fine(() -> "marker for an unknown id: " + marker.id());
            return false;
        }
        if (from == null || !e.recipient().equals(from.bare())) {
            LOG.warning(() -> "marker for " + marker.id() + " from " + from + ", but it was sent to " + e.recipient());
            return false;
        }
        if (e.latest() != null && e.latest().compareTo(marker.kind()) >= 0) {
            return false;
        }
        sent.put(marker.id(), new Entry(e.recipient(), marker.kind()));
        return true;
    }

    /** The furthest marker for {@code id}; empty if none came or the id is unknown. */
    public synchronized Optional<Marker.Kind> latest(String id) {
        Entry e = sent.get(id);
        return e == null ? Optional.empty() : Optional.ofNullable(e.latest());
    }

    public synchronized boolean isTracking(String id) {
        return sent.containsKey(id);
    }
}
