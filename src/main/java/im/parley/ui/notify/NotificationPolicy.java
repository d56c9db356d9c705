package im.parley.ui.notify;

import im.parley.client.AccountEvent;
import im.parley.client.ChatMessages;
import im.parley.client.call.CallOutcome;
import im.parley.client.call.CallRecord;
import im.parley.ui.rooms.Mentions;
import im.parley.xmpp.ext.carbons.CarbonCopy;
import im.parley.xmpp.ext.correction.Replace;
import im.parley.xmpp.ext.me.MeCommand;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.ext.reactions.Reactions;
import im.parley.xmpp.ext.reply.ReplyFallback;
import im.parley.xmpp.ext.retraction.Retract;
import im.parley.xmpp.im.SubscriptionEvent;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.text.BreakIterator;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Whether an account event is worth a notification, and its words. Pure: what the app shows,
 * the user's switches and presence come in as a {@link Situation}, so every rule is testable
 * without a screen.
 *
 * <p>New messages notify (also the received carbon of one that went to another of the user's
 * devices: this one has not shown it yet, and a room occupant's private message); the user's own messages from elsewhere, corrections,
 * reactions and history fetched from the server archive never do. An incoming call nobody
 * answered notifies as a missed call, under the same rules as a message from its caller.
 */
public final class NotificationPolicy {
    /** Longest message text a notification shows, in characters as the user sees them. */
    static final int MAX_TEXT = 120;

    /**
     * What the app is showing when an event arrives.
     *
     * @param inView     the conversation open in the main window for this account, or null
     * @param muted      whether the conversation with a bare JID is muted
     * @param rosterName the roster name of a bare JID, or null when it has none
     * @param roomNick   the user's nick in a room, or null when not in it
     * @param roomName   a room as people call it
     */
    public record Situation(NotificationSettings settings, boolean doNotDisturb, boolean windowFocused, Jid inView,
                            Predicate<Jid> muted, Function<Jid, String> rosterName, Function<Jid, String> roomNick,
                            Function<Jid, String> roomName) {
        /** A situation in which rooms are called by their address's local part. */
        public Situation(NotificationSettings settings, boolean doNotDisturb, boolean windowFocused, Jid inView,
                         Predicate<Jid> muted, Function<Jid, String> rosterName, Function<Jid, String> roomNick) {
            this(settings, doNotDisturb, windowFocused, inView, muted, rosterName, roomNick,
                    room -> room.local() == null ? room.toString() : room.local());
        }

        /** A situation in which the user is in no room. */
        public Situation(NotificationSettings settings, boolean doNotDisturb, boolean windowFocused, Jid inView,
                         Predicate<Jid> muted, Function<Jid, String> rosterName) {
            this(settings, doNotDisturb, windowFocused, inView, muted, rosterName, room -> null);
        }
    }

    /** The notification {@code event} on {@code account} deserves now, if any. */
    public Optional<Notification> decide(Jid account, AccountEvent event, Situation now) {
        if (!now.settings().enabled() || now.doNotDisturb()) {
            return Optional.empty();
        }
        if (event instanceof AccountEvent.MessageReceived) {
            Message m = ((AccountEvent.MessageReceived) event).message().stanza();
            return message(account, m.from().bare(), m, now);
        }
        if (event instanceof AccountEvent.CarbonCopied) {
            AccountEvent.CarbonCopied c = (AccountEvent.CarbonCopied) event;
            return c.direction() == CarbonCopy.Direction.RECEIVED && isNewMessage(c.message())
                    ? message(account, c.counterpart().bare(), c.message(), now) : Optional.empty();
        }
        if (event instanceof AccountEvent.RoomChanged
                && ((AccountEvent.RoomChanged) event).event() instanceof RoomEvent.RoomMessage) {
            return mention(account, (RoomEvent.RoomMessage) ((AccountEvent.RoomChanged) event).event(), now);
        }
        if (event instanceof AccountEvent.RoomChanged
                && ((AccountEvent.RoomChanged) event).event() instanceof RoomEvent.PrivateMessage) {
            RoomEvent.PrivateMessage pm = (RoomEvent.PrivateMessage) ((AccountEvent.RoomChanged) event).event();
            String room = pm.room().local() == null ? pm.room().toString() : pm.room().local();
            return message(account, pm.from(), plain(pm.from().resource()) + " (in " + room + ")", pm.message(), now);
        }
        if (event instanceof AccountEvent.RoomChanged rc && rc.event() instanceof RoomEvent.Gone gone) {
            // Quiet: news, not a call for attention; told once, when Parley found it.
            return Optional.of(new Notification(Notification.Kind.ROOM_GONE, account, gone.room(),
                    plain(now.roomName().apply(gone.room())) + " no longer exists",
                    "The room ended while you were away; Parley did not create it again.", false));
        }
        if (event instanceof AccountEvent.AttentionRequested) {
            return attention(account, ((AccountEvent.AttentionRequested) event).from().bare(), now);
        }
        if (event instanceof AccountEvent.CallEnded) {
            CallRecord call = ((AccountEvent.CallEnded) event).call();
            return call.incoming() && call.outcome() == CallOutcome.MISSED ? missedCall(account, call, now)
                    : Optional.empty();
        }
        if (event instanceof AccountEvent.SubscriptionChanged) {
            SubscriptionEvent s = ((AccountEvent.SubscriptionChanged) event).event();
            return s.kind() == SubscriptionEvent.Kind.REQUEST ? Optional.of(request(account, s, now)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A carbon carries any kind of message; only a new chat message is news. */
    private static boolean isNewMessage(Message m) {
        return ChatMessages.of(m).isPresent() && Replace.of(m).isEmpty() && Retract.of(m).isEmpty()
                && Reactions.of(m).isEmpty();
    }

    private static Optional<Notification> message(Jid account, Jid peer, Message m, Situation now) {
        return message(account, peer, name(peer, now), m, now);
    }

    /** @param peer a contact's bare JID, or the occupant JID of a private message in a room */
    private static Optional<Notification> message(Jid account, Jid peer, String name, Message m, Situation now) {
        if (now.muted().test(peer) || (now.windowFocused() && peer.equals(now.inView()))) {
            return Optional.empty();
        }
        Notification n = now.settings().showText()
                ? new Notification(Notification.Kind.MESSAGE, account, peer, name,
                        truncate(MeCommand.render(name, plain(ReplyFallback.strip(m)))), now.settings().sound())
                : new Notification(Notification.Kind.MESSAGE, account, peer, "Parley", "New message from " + name,
                        now.settings().sound());
        return Optional.of(n);
    }

    /** In a room only a message naming the user is news: not the room's chatter, not history, not our own. */
    private static Optional<Notification> mention(Jid account, RoomEvent.RoomMessage rm, Situation now) {
        String body = rm.message().body().orElse("");
        if (rm.mine() || rm.history() || rm.nick() == null || !Mentions.mentions(body, now.roomNick().apply(rm.room()))
                || now.muted().test(rm.room()) || (now.windowFocused() && rm.room().equals(now.inView()))) {
            return Optional.empty();
        }
        String room = rm.room().local() == null ? rm.room().toString() : rm.room().local();
        String title = plain(rm.nick()) + " in " + room;
        return Optional.of(now.settings().showText()
                ? new Notification(Notification.Kind.MESSAGE, account, rm.room(), title, truncate(plain(body)),
                        now.settings().sound())
                : new Notification(Notification.Kind.MESSAGE, account, rm.room(), "Parley",
                        "You were mentioned in " + room, now.settings().sound()));
    }

    /** A contact asks for the user's attention (XEP-0224): not news in the conversation the user is looking at. */
    private static Optional<Notification> attention(Jid account, Jid peer, Situation now) {
        if (now.muted().test(peer) || (now.windowFocused() && peer.equals(now.inView()))) {
            return Optional.empty();
        }
        return Optional.of(new Notification(Notification.Kind.MESSAGE, account, peer, name(peer, now),
                "wants your attention", now.settings().sound()));
    }

    private static Optional<Notification> missedCall(Jid account, CallRecord call, Situation now) {
        if (now.muted().test(call.peer()) || (now.windowFocused() && call.peer().equals(now.inView()))) {
            return Optional.empty();
        }
        return Optional.of(new Notification(Notification.Kind.MISSED_CALL, account, call.peer(), name(call.peer(), now),
                "Missed " + (call.video() ? "video" : "voice") + " call", now.settings().sound()));
    }

    private static Notification request(Jid account, SubscriptionEvent s, Situation now) {
        String known = now.rosterName().apply(s.from());
        // A stranger's offered nick alone could pose as anyone: the address goes with it.
        String who = known != null && !known.isBlank() ? known
                : s.nick() != null && !s.nick().isBlank() ? plain(s.nick()) + " (" + s.from() + ")"
                : s.from().toString();
        return new Notification(Notification.Kind.SUBSCRIPTION_REQUEST, account, s.from(), "Contact request",
                who + " wants to add you as a contact.", now.settings().sound());
    }

    private static String name(Jid peer, Situation now) {
        String known = now.rosterName().apply(peer);
        return known != null && !known.isBlank() ? plain(known) : peer.toString();
    }

    /**
     * One line of text: line breaks and runs of spaces become one space, and bidi controls go,
     * since they could make a notification read as something else.
     */
    static String plain(String text) {
        return text.replaceAll("[\\u202A-\\u202E\\u2066-\\u2069]", "").replaceAll("[\\s\\p{Cc}]+", " ").strip();
    }

    /** At most {@link #MAX_TEXT} characters, cut at a character boundary (never inside a surrogate pair), then "…". */
    static String truncate(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int count = 0;
        int cut = 0;
        for (int b = characters.next(); b != BreakIterator.DONE; b = characters.next()) {
            count++;
            if (count == MAX_TEXT - 1) {
                cut = b;
            } else if (count > MAX_TEXT) {
                return text.substring(0, cut).stripTrailing() + "…";
            }
        }
        return text;
    }
}
