package im.parley.xmpp.ext.reactions;

import im.parley.xmpp.jid.Jid;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The reactions on the messages we know, per message and sender (bare JID). Each update from a
 * sender replaces their earlier set (Updating reactions); reactions to ids we do not know are dropped, since a
 * peer could otherwise fill memory with reactions to messages that never existed.
 */
public final class ReactionAggregate {
    private static final Logger LOG = Logger.getLogger(ReactionAggregate.class.getName());

    private final Map<String, Map<Jid, Set<String>>> byMessage;

    /** Keeps at most {@code capacity} messages, the oldest known dropped first. */
    public ReactionAggregate(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        byMessage = new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<Jid, Set<String>>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Makes {@code id} a message that may collect reactions. */
    public synchronized void known(String id) {
        byMessage.putIfAbsent(id, new LinkedHashMap<>());
    }

    /** Applies a sender's reactions; false if the message is unknown or the sender missing. */
    public synchronized boolean apply(Jid from, Reactions reactions) {
        Map<Jid, Set<String>> senders = byMessage.get(reactions.id());
        if (senders == null || from == null) {
            LOG.fine(() -> "reactions to an unknown message: " + reactions.id());
            return false;
        }
        if (reactions.emojis().isEmpty()) {
            senders.remove(from.bare());
        } else {
            senders.put(from.bare(), reactions.emojis());
        }
        return true;
    }

    /** Each emoji on message {@code id} with how many senders chose it, in first-seen order. */
    public synchronized Map<String, Integer> counts(String id) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Set<String> set : byMessage.getOrDefault(id, Map.of()).values()) {
            for (String emoji : set) {
                counts.merge(emoji, 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /** The reactions {@code sender} has on message {@code id} now. */
    public synchronized Set<String> of(String id, Jid sender) {
        Set<String> set = byMessage.getOrDefault(id, Map.of()).get(sender.bare());
        return set == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(set));
    }

    public synchronized boolean isKnown(String id) {
        return byMessage.containsKey(id);
    }
}
