package im.parley.client;

import im.parley.xmpp.ext.attention.Attention;
import im.parley.xmpp.ext.carbons.CarbonCopy;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.ext.correction.Replace;
import im.parley.xmpp.ext.markers.Marker;
import im.parley.xmpp.ext.reactions.Reactions;
import im.parley.xmpp.ext.receipts.ReceiptReceived;
import im.parley.xmpp.ext.retraction.Retract;
import im.parley.xmpp.ext.sid.OriginId;
import im.parley.xmpp.ext.sid.StableIds;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.stanza.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Turns one session's stanzas into account events: messages and what refers to them
 * (corrections, retractions, reactions, receipts, markers, chat states), attention requests, carbons, presence,
 * profile, bookmark, roster and subscription changes. A message whose origin-id its sender already used is a
 * duplicate (a resend after a lost connection) and is dropped.
 */
final class AccountEvents {
    /** Origin-ids remembered per account for duplicate detection, oldest forgotten first. */
    private static final int SEEN_ORIGIN_IDS = 10_000;

    private final Outbox outbox;
    private final Consumer<AccountEvent> publish;
    private final Map<String, Boolean> seen;
    /** Whether a bare JID is in the roster of the session listened to; nobody is before {@link #attach}. */
    private volatile Predicate<Jid> inRoster = jid -> false;

    AccountEvents(Outbox outbox, Consumer<AccountEvent> publish, Map<String, Boolean> seenOriginIds) {
        this.outbox = outbox;
        this.publish = publish;
        this.seen = seenOriginIds;
    }

    /** A bounded memory of (sender, origin-id) pairs, shared by the sessions of one account. */
    static Map<String, Boolean> originIdMemory() {
        return new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > SEEN_ORIGIN_IDS;
            }
        };
    }

    /** Listens on {@code session}; the handle stops listening. */
    Registration attach(AccountSession session) {
        inRoster = jid -> session.roster().items().containsKey(jid.bare());
        return Registration.all(
                session.client().addMessageListener(this::message),
                session.carbons().addListener(this::carbon),
                session.presence().addPresenceListener(p -> publish.accept(new AccountEvent.PresenceChanged(p))),
                session.profile().addListener(c -> publish.accept(new AccountEvent.ProfileChanged(c))),
                session.bookmarks().addListener(e -> publish.accept(new AccountEvent.BookmarkChanged(e))),
                session.presence().addSubscriptionListener(e -> publish.accept(new AccountEvent.SubscriptionChanged(e))),
                session.rosterOffers().addListener(o -> publish.accept(new AccountEvent.RosterOffered(o))),
                session.roster().addListener((updated, removed, replaced) -> publish.accept(
                        new AccountEvent.RosterChanged(List.copyOf(updated), List.copyOf(removed), replaced))));
    }

    void message(Message m) {
        Jid from = m.from();
        if (from == null) {
            return;
        }
        if (m.type() == Message.Type.ERROR) {
            String reason = m.error().map(Object::toString).orElse("error");
            outbox.error(from, m.id(), reason);
            return;
        }
        ReceiptReceived.of(m).ifPresent(r -> {
            if (!outbox.receipt(from, r.id())) {
                publish.accept(new AccountEvent.ReceiptReceived(from, r.id()));
            }
        });
        Marker.of(m).ifPresent(marker -> {
            if (!outbox.marker(from, marker)) {
                publish.accept(new AccountEvent.MarkerReceived(from, marker));
            }
        });
        if (Attention.shouldAlert(m, inRoster.test(from))) {
            publish.accept(new AccountEvent.AttentionRequested(from));
        }
        String originId = originIdOf(m);
        if (isDuplicate(from, m, originId)) {
            return;
        }
        Optional<Replace> replace = Replace.of(m);
        Optional<Retract> retract = replace.isEmpty() ? Retract.of(m) : Optional.empty();
        Optional<Reactions> reactions = replace.isEmpty() && retract.isEmpty() ? Reactions.of(m) : Optional.empty();
        if (replace.isPresent()) {
            publish.accept(new AccountEvent.MessageCorrected(from, replace.get().id(), m));
        } else if (retract.isPresent()) {
            publish.accept(new AccountEvent.MessageRetracted(from, retract.get().id()));
        } else if (reactions.isPresent()) {
            publish.accept(new AccountEvent.ReactionsChanged(from, reactions.get().id(), reactions.get().emojis()));
        } else {
            ChatMessages.of(m).ifPresent(chat -> publish.accept(new AccountEvent.MessageReceived(chat, originId)));
        }
        ChatState.of(m).ifPresent(state -> publish.accept(new AccountEvent.ChatStateChanged(from, state)));
    }

    private static String originIdOf(Message m) {
        return StableIds.originId(m).map(OriginId::id).orElse(null);
    }

    private boolean isDuplicate(Jid from, Message m, String originId) {
        if (originId == null || m.body().isEmpty()) {
            return false;
        }
        synchronized (seen) {
            return seen.put(from.bare() + " " + originId, Boolean.TRUE) != null;
        }
    }

    private void carbon(CarbonCopy copy) {
        Message inner = copy.inner();
        Jid counterpart = copy.direction() == CarbonCopy.Direction.SENT ? inner.to() : inner.from();
        if (counterpart == null) {
            return;
        }
        if (copy.direction() == CarbonCopy.Direction.RECEIVED && isDuplicate(counterpart, inner, originIdOf(inner))) {
            return;
        }
        publish.accept(new AccountEvent.CarbonCopied(copy.direction(), counterpart, inner));
    }
}
