package im.parley.client;

import im.parley.xmpp.ext.attention.Attention;
import im.parley.xmpp.ext.carbons.CarbonCopy;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.ext.markers.Markable;
import im.parley.xmpp.ext.retraction.Retractions;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.stanza.Message;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * What the user does to a one-to-one conversation, for {@link Account}: new messages and replies,
 * changes of earlier messages (all through the outbox, so they wait while offline and survive a
 * restart), and the signals that are only worth sending now: chat states, displayed markers,
 * attention requests.
 */
final class MessageActions {
    private static final Logger LOG = Logger.getLogger(MessageActions.class.getName());
    /** Contacts whose chat-state habits are remembered. */
    private static final int CHAT_STATE_CONTACTS = 1_000;
    /** Received messages remembered as having asked for a displayed marker. */
    private static final int MARKABLE_IDS = 10_000;

    private final Outbox outbox;
    private final Consumer<AccountEvent> publish;
    /** The session when the account is online, else null. */
    private final Supplier<AccountSession> online;
    private final ChatStatePolicy chatStates = new ChatStatePolicy(CHAT_STATE_CONTACTS);
    private volatile Privacy privacy = Privacy.SHARE_ALL;
    /** "contact id" of received markable messages, oldest forgotten first. */
    private final Map<String, Boolean> markable = new LinkedHashMap<>(256, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MARKABLE_IDS;
        }
    };

    MessageActions(Outbox outbox, Consumer<AccountEvent> publish, Supplier<AccountSession> online) {
        this.outbox = outbox;
        this.publish = publish;
        this.online = online;
    }

    TrackedMessage send(Jid to, String body) {
        return enqueue(to, body, new OutgoingKind.Plain());
    }

    TrackedMessage reply(Jid to, String body, String replyToId, Jid replyToSender, String quotedText) {
        return enqueue(to, body, new OutgoingKind.Reply(replyToId, replyToSender, quotedText));
    }

    TrackedMessage correct(Jid to, String originalId, String newBody) {
        return enqueue(to, newBody, new OutgoingKind.Correction(originalId));
    }

    TrackedMessage retract(Jid to, String originalId) {
        return enqueue(to, Retractions.FALLBACK_BODY, new OutgoingKind.Retraction(originalId));
    }

    TrackedMessage react(Jid to, String messageId, Set<String> emojis) {
        return enqueue(to, "", new OutgoingKind.Reactions(messageId, emojis));
    }

    /** Tracks the message (its local echo is told at once) and sends it now when online. */
    private TrackedMessage enqueue(Jid to, String body, OutgoingKind kind) {
        TrackedMessage m = outbox.add(to, body, kind);
        AccountSession s = online.get();
        if (s != null) {
            outbox.send(s.client(), m);
        }
        return m;
    }

    /** Whether chat states and displayed markers may go out, from now on. */
    void setPrivacy(Privacy privacy) {
        this.privacy = privacy;
    }

    /**
     * Sends {@code state} alone (XEP-0085 §5.2) when online, the user shares chat states and the
     * contact may be told (see {@link ChatStatePolicy}); true when it went out. A state is about now, so one that cannot go
     * out now is dropped rather than queued.
     */
    boolean sendChatState(Jid to, ChatState state) {
        AccountSession s = online.get();
        if (s == null || !privacy.chatStates() || !chatStates.maySend(to)) {
            return false;
        }
        try {
            s.client().send(state.attachTo(Message.builder().type(Message.Type.CHAT).to(to).build()));
            return true;
        } catch (NotConnectedException e) {
            LOG.fine(() -> "chat state to " + to + " dropped: " + e.getMessage());
            return false;
        }
    }

    /**
     * The user has seen the conversation with {@code peer} up to the message {@code messageId}.
     * The local archive and this session's unread count are updated; a displayed marker goes to
     * the contact only for a message that asked for one (XEP-0333 Business Rules) and that this
     * run of the account received, since the archive does not keep which did, and only when the
     * user shares read markers. Like chat states a
     * marker is not queued: the next one covers everything before it. True when it went out.
     */
    boolean markDisplayed(Jid peer, String messageId) {
        Jid conversation = peer.bare();
        publish.accept(new AccountEvent.ConversationRead(conversation, messageId));
        AccountSession s = online.get();
        if (s == null) {
            return false;
        }
        s.readSync().readHereUpTo(conversation, messageId);
        boolean asked;
        synchronized (markable) {
            asked = markable.containsKey(conversation + " " + messageId);
        }
        if (!asked || !privacy.readMarkers()) {
            return false;
        }
        try {
            s.client().send(ReadSyncService.displayedMarker(conversation, messageId));
            return true;
        } catch (NotConnectedException e) {
            LOG.fine(() -> "displayed marker to " + conversation + " not sent: " + e.getMessage());
            return false;
        }
    }

    /**
     * Asks {@code to} for attention (XEP-0224). Only while online: a nudge delivered late is
     * ignored by its receiver anyway. Completes once the server has it; fails with
     * {@link NotConnectedException} when offline.
     */
    CompletableFuture<Void> attention(Jid to) {
        AccountSession s = online.get();
        if (s == null) {
            return CompletableFuture.failedFuture(new NotConnectedException("offline: attention not sent to " + to));
        }
        return s.client().sendAcknowledged(Attention.request(to, null));
    }

    /** Learns from the account's events what contacts asked for and how they use chat states. */
    void observe(AccountEvent event) {
        if (event instanceof AccountEvent.MessageReceived received) {
            Message m = received.message().stanza();
            chatStates.messageReceived(m.from(), ChatState.of(m).isPresent());
            rememberMarkable(m.from(), m);
        } else if (event instanceof AccountEvent.ChatStateChanged changed) {
            chatStates.chatStateReceived(changed.from(), changed.state());
        } else if (event instanceof AccountEvent.CarbonCopied copy && copy.direction() == CarbonCopy.Direction.RECEIVED) {
            // Received on another device of the user's: it may be read here and marked from here.
            rememberMarkable(copy.counterpart(), copy.message());
        }
    }

    private void rememberMarkable(Jid from, Message m) {
        if (from != null && m.id() != null && Markable.isMarkable(m)) {
            synchronized (markable) {
                markable.put(from.bare() + " " + m.id(), Boolean.TRUE);
            }
        }
    }
}
