package im.parley.ui.chat;

import im.parley.client.AccountEvent;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.jid.Jid;
import java.util.function.Consumer;

/**
 * Sorts the account's events for one conversation (with a contact, or in private with a room's
 * occupant): new messages, a change to a message by id, the contact's typing, or a call that
 * ended. Runs on the account's thread; the target hands work on.
 */
final class ChatEventRouter implements Consumer<AccountEvent> {
    /** What a conversation does about its events. */
    interface Target {
        /** The archive has new messages of this conversation (or may have, after a sync). */
        void newMessages();

        /** The message with this id or archive id changed: corrected, retracted, reacted to, delivered. */
        void changed(String messageId);

        /** The contact's typing text: "typing…" or empty. */
        void typing(String text);

        /** A call with the contact ended: the history has it. */
        void callEnded();
    }

    private final Jid peer;
    private final Target target;

    /** @param peer a contact's bare JID, or an occupant JID for a private conversation in a room */
    ChatEventRouter(Jid peer, Target target) {
        this.peer = peer;
        this.target = target;
    }

    @Override
    public void accept(AccountEvent e) {
        if (e instanceof AccountEvent.MessageReceived r) {
            if (isPeer(r.message().from())) {
                target.typing("");
                target.newMessages();
            }
        } else if (e instanceof AccountEvent.MessageSent s) {
            if (isPeer(s.message().to())) {
                target.newMessages();
            }
        } else if (e instanceof AccountEvent.CarbonCopied c) {
            if (isPeer(c.counterpart())) {
                target.newMessages();
            }
        } else if (e instanceof AccountEvent.DeliveryChanged d) {
            if (isPeer(d.message().to())) {
                target.changed(d.message().originId());
            }
        } else if (e instanceof AccountEvent.MessageCorrected c) {
            // Any sender: the id is only looked up among this conversation's loaded messages.
            target.changed(c.replacesId());
        } else if (e instanceof AccountEvent.MessageRetracted r) {
            target.changed(r.retractedId());
        } else if (e instanceof AccountEvent.ReactionsChanged r) {
            target.changed(r.messageId());
        } else if (e instanceof AccountEvent.ChatStateChanged s) {
            if (isPeer(s.from())) {
                target.typing(s.state() == ChatState.COMPOSING ? "typing…" : "");
            }
        } else if (e instanceof AccountEvent.CallEnded c) {
            if (isPeer(c.call().peer())) {
                target.callEnded();
            }
        } else if (e instanceof AccountEvent.HistorySynced h && h.stored() > 0) {
            target.newMessages();
        } else if (e instanceof AccountEvent.RoomChanged r && r.event() instanceof RoomEvent.PrivateMessage pm) {
            if (isPeer(pm.from())) {
                target.newMessages();
            }
        }
    }

    /** Any device of a contact; only that one occupant of a room, whose nick is part of the address. */
    private boolean isPeer(Jid jid) {
        return jid != null && (peer.resource() == null ? jid.bare() : jid).equals(peer);
    }
}
