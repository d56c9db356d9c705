package im.parley.client;

import im.parley.xmpp.jid.Jid;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the user has not read yet in each one-to-one conversation, keyed by the contact's bare
 * JID. Bounded twice, since a contact can send without end and the user can talk to many: the
 * least recently active conversations are forgotten beyond {@code maxConversations}, and only
 * the newest {@code maxTrackedIds} unread messages of a conversation are kept by id (older ones
 * are still counted). A read marker naming a message that is no longer tracked is ignored, as
 * XEP-0333 asks for markers naming unknown messages.
 */
public final class ConversationReadState {

    /** One unread message: its id (null when it came without one) and whether it asked for a marker. */
    private record Unread(String id, boolean markable) {
    }

    private static final class Conversation {
        private final ArrayDeque<Unread> tracked = new ArrayDeque<>();
        /** The non-null ids in {@link #tracked} (unique there, as duplicates are refused): O(1) lookups. */
        private final Set<String> trackedIds = new HashSet<>();
        /** Unread messages older than everything in {@link #tracked}. */
        private int untracked;

        int unread() {
            return untracked + tracked.size();
        }

        boolean tracks(String id) {
            return trackedIds.contains(id);
        }

        void add(Unread u) {
            tracked.addLast(u);
            if (u.id() != null) {
                trackedIds.add(u.id());
            }
        }

        /** Removes and returns the oldest tracked message's id. */
        String removeOldest() {
            String id = tracked.removeFirst().id();
            if (id != null) {
                trackedIds.remove(id);
            }
            return id;
        }

        void clear() {
            tracked.clear();
            trackedIds.clear();
        }
    }

    /** What reading a whole conversation on this device did. */
    public record ReadHere(boolean changed, Optional<String> latestMarkable) {
    }

    private final int maxTrackedIds;
    private final Map<Jid, Conversation> conversations;

    public ConversationReadState(int maxConversations, int maxTrackedIds) {
        if (maxConversations < 1 || maxTrackedIds < 1) {
            throw new IllegalArgumentException("bounds must be positive: " + maxConversations + ", " + maxTrackedIds);
        }
        this.maxTrackedIds = maxTrackedIds;
        this.conversations = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Jid, Conversation> eldest) {
                return size() > maxConversations;
            }
        };
    }

    /**
     * A message from {@code contact} arrived. Returns the new unread count, or empty if the
     * message was already counted (the same id can reach us twice, e.g. directly and again from
     * offline storage).
     */
    public synchronized OptionalInt arrived(Jid contact, String id, boolean markable) {
        Conversation c = conversations.computeIfAbsent(contact.bare(), k -> new Conversation());
        if (id != null && c.tracks(id)) {
            return OptionalInt.empty();
        }
        c.add(new Unread(id, markable));
        if (c.tracked.size() > maxTrackedIds) {
            c.removeOldest();
            c.untracked++;
        }
        return OptionalInt.of(c.unread());
    }

    /**
     * The user read the whole conversation here. Returns whether anything was unread, and the
     * newest message that asked for a marker: XEP-0333 advises against markers for messages that
     * did not ask for one, and a marker for the newest covers all before it.
     */
    public synchronized ReadHere readAll(Jid contact) {
        Conversation c = conversations.get(contact.bare());
        if (c == null || c.unread() == 0) {
            return new ReadHere(false, Optional.empty());
        }
        Optional<String> latest = Optional.empty();
        for (Iterator<Unread> it = c.tracked.descendingIterator(); it.hasNext(); ) {
            Unread u = it.next();
            if (u.markable() && u.id() != null) {
                latest = Optional.of(u.id());
                break;
            }
        }
        c.clear();
        c.untracked = 0;
        return new ReadHere(true, latest);
    }

    /**
     * Everything up to and including the message {@code id} was read elsewhere; returns the new
     * unread count. Markers only move forward (XEP-0333): one naming a message already read, or
     * one we never saw, changes nothing and returns empty.
     */
    public synchronized OptionalInt readUpTo(Jid contact, String id) {
        Conversation c = conversations.get(contact.bare());
        if (c == null || !c.tracks(id)) {
            return OptionalInt.empty();
        }
        // The messages before the marked one are older, so read as well.
        String removed;
        do {
            removed = c.removeOldest();
        } while (!id.equals(removed));
        c.untracked = 0;
        return OptionalInt.of(c.unread());
    }

    public synchronized int unread(Jid contact) {
        Conversation c = conversations.get(contact.bare());
        return c == null ? 0 : c.unread();
    }
}
