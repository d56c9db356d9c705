package im.parley.xmpp.ext.jingle;

import im.parley.xmpp.routing.IqErrorException;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One session's state machine (XEP-0166 §5.1) and the content negotiations in flight, without
 * I/O: the engine asks whether an action may be received or sent, then applies it. Both
 * directions share the rules, with the parties swapped. Guarded by the engine's lock.
 */
final class Negotiation {
    /** Actions both parties may send at once and that then need a tie-break (§7.2.16). */
    private static final Set<JingleAction> TIE_BROKEN = EnumSet.of(
            JingleAction.CONTENT_ADD, JingleAction.CONTENT_MODIFY, JingleAction.TRANSPORT_REPLACE);

    /** Creator and name identify a content within a session (§7.3). */
    private record Key(Content.Creator creator, String name) {
        static Key of(Content c) {
            return new Key(c.creator(), c.name());
        }
    }

    private final boolean weInitiated;
    private JingleSession.State state = JingleSession.State.PENDING;
    private final Map<Key, Content> contents = new LinkedHashMap<>();
    // A content-add or transport-replace waits for the other party's accept or reject.
    private final Map<Key, Content> addedByUs = new HashMap<>();
    private final Map<Key, Content> addedByPeer = new HashMap<>();
    private final Map<Key, Content> replacedByUs = new HashMap<>();
    private final Map<Key, Content> replacedByPeer = new HashMap<>();
    private final Map<JingleAction, Integer> unanswered = new EnumMap<>(JingleAction.class);

    Negotiation(boolean weInitiated, List<Content> offered) {
        this.weInitiated = weInitiated;
        offered.forEach(c -> contents.put(Key.of(c), c));
    }

    JingleSession.State state() {
        return state;
    }

    /** The session's contents: offered or accepted, not those still being added. */
    List<Content> contents() {
        return List.copyOf(contents.values());
    }

    /** Whether a request of ours with this action is still unanswered. */
    private boolean awaiting(JingleAction action) {
        return unanswered.getOrDefault(action, 0) > 0;
    }

    /**
     * Refuses an action the session cannot take now: out-of-order for the wrong party or state,
     * tie-break when the responder's action crosses the same one of ours (we being the
     * initiator, §7.2.16), bad-request when the contents the action needs are missing.
     */
    void check(Jingle j, boolean fromPeer) throws IqErrorException {
        if (state == JingleSession.State.ENDED) {
            throw JingleError.UNKNOWN_SESSION.exception("the session has ended");
        }
        Map<Key, Content> added = fromPeer ? addedByUs : addedByPeer;
        Map<Key, Content> replaced = fromPeer ? replacedByUs : replacedByPeer;
        switch (j.action()) {
            case SESSION_INITIATE -> throw outOfOrder("the session is already initiated");
            case SESSION_ACCEPT -> {
                if (fromPeer != weInitiated) {
                    throw outOfOrder("only the responder accepts a session");
                }
                if (state != JingleSession.State.PENDING) {
                    throw outOfOrder("the session is already accepted");
                }
                requireComplete(j);
            }
            case CONTENT_ADD -> {
                requireComplete(j);
                tieBreak(j, fromPeer);
            }
            case CONTENT_MODIFY, TRANSPORT_REPLACE -> {
                tieBreak(j, fromPeer);
                requireKnown(j, contents, "the session has no content");
            }
            case CONTENT_ACCEPT, CONTENT_REJECT -> requireKnown(j, added, "no content-add is pending for");
            case TRANSPORT_ACCEPT, TRANSPORT_REJECT -> requireKnown(j, replaced, "no transport-replace is pending for");
            case CONTENT_REMOVE -> {
                requireContents(j);
                for (Content c : j.contents()) {
                    Key k = Key.of(c);
                    if (!contents.containsKey(k) && !addedByUs.containsKey(k) && !addedByPeer.containsKey(k)) {
                        throw outOfOrder("the session has no content " + c.name());
                    }
                }
            }
            default -> {
                // session-terminate and the informational actions fit PENDING and ACTIVE alike.
            }
        }
    }

    /** Applies an action that passed {@link #check}. */
    void apply(Jingle j, boolean fromPeer) {
        Map<Key, Content> added = fromPeer ? addedByUs : addedByPeer;
        Map<Key, Content> replaced = fromPeer ? replacedByUs : replacedByPeer;
        for (Content c : j.contents()) {
            Key k = Key.of(c);
            switch (j.action()) {
                case SESSION_ACCEPT -> contents.put(k, c);
                case CONTENT_ADD -> (fromPeer ? addedByPeer : addedByUs).put(k, c);
                case CONTENT_ACCEPT -> {
                    Content offered = added.remove(k);
                    contents.put(k, c.isComplete() ? c : offered);
                }
                case CONTENT_REJECT -> added.remove(k);
                case CONTENT_MODIFY -> contents.computeIfPresent(k, (key, old) -> old.withSenders(c.senders()));
                case CONTENT_REMOVE -> {
                    contents.remove(k);
                    addedByUs.remove(k);
                    addedByPeer.remove(k);
                    replacedByUs.remove(k);
                    replacedByPeer.remove(k);
                }
                case TRANSPORT_REPLACE -> (fromPeer ? replacedByPeer : replacedByUs).put(k, c);
                case TRANSPORT_ACCEPT -> {
                    Content proposal = replaced.remove(k);
                    // The acceptor may add its own parameters of the new transport.
                    XmlElement transport = c.transport() != null ? c.transport() : proposal.transport();
                    contents.computeIfPresent(k, (key, old) -> old.withTransport(transport));
                }
                case TRANSPORT_REJECT -> replaced.remove(k);
                default -> {
                    // Informational actions change nothing in the negotiation.
                }
            }
        }
        if (j.action() == JingleAction.SESSION_ACCEPT) {
            state = JingleSession.State.ACTIVE;
        } else if (j.action() == JingleAction.SESSION_TERMINATE) {
            state = JingleSession.State.ENDED;
        }
    }

    /** Notes a request of ours going out, so a crossing one can be tie-broken. */
    void sent(JingleAction action) {
        if (TIE_BROKEN.contains(action)) {
            unanswered.merge(action, 1, Integer::sum);
        }
    }

    void answered(JingleAction action) {
        if (TIE_BROKEN.contains(action)) {
            unanswered.computeIfPresent(action, (a, n) -> n == 1 ? null : n - 1);
        }
    }

    /** Ends the session without an action, e.g. when the peer went offline. */
    void end() {
        state = JingleSession.State.ENDED;
    }

    private void tieBreak(Jingle j, boolean fromPeer) throws IqErrorException {
        // The initiator's action wins; only the initiator refuses the crossing one.
        if (fromPeer && weInitiated && awaiting(j.action())) {
            throw JingleError.TIE_BREAK.exception("our own " + j.action().value() + " is pending and wins");
        }
    }

    private static void requireKnown(Jingle j, Map<Key, Content> known, String what) throws IqErrorException {
        requireContents(j);
        for (Content c : j.contents()) {
            if (!known.containsKey(Key.of(c))) {
                throw outOfOrder(what + " content " + c.name());
            }
        }
    }

    /** Offers and answers define each content fully: an application format over a transport. */
    private static void requireComplete(Jingle j) throws IqErrorException {
        requireContents(j);
        for (Content c : j.contents()) {
            if (!c.isComplete()) {
                throw badRequest(j.action().value() + " content " + c.name() + " lacks its description or transport");
            }
        }
    }

    private static void requireContents(Jingle j) throws IqErrorException {
        if (j.contents().isEmpty()) {
            throw badRequest(j.action().value() + " without a content");
        }
    }

    private static IqErrorException outOfOrder(String text) {
        return JingleError.OUT_OF_ORDER.exception(text);
    }

    private static IqErrorException badRequest(String text) {
        return new IqErrorException(StanzaError.of(StanzaErrorCondition.BAD_REQUEST, text));
    }
}
