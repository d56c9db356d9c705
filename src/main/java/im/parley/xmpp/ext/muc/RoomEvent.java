package im.parley.xmpp.ext.muc;

import im.parley.xmpp.ext.captcha.CaptchaChallenge;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.StanzaError;
import java.util.List;
import java.util.Set;

/** What happens in the rooms of a session, in the order the rooms told it. */
public sealed interface RoomEvent {
    /** The bare JID of the room it happened in. */
    Jid room();

    /**
     * The user is in the room, with {@code occupants} (the user included) present at that moment.
     * {@code codes} may say the room was created (201), the nick assigned (210), real JIDs shown
     * (100) or the room logged (170).
     */
    record Joined(Jid room, Occupant self, List<Occupant> occupants, Set<StatusCode> codes) implements RoomEvent {
        public Joined {
            occupants = List.copyOf(occupants);
            codes = Set.copyOf(codes);
        }

        public boolean created() {
            return codes.contains(StatusCode.ROOM_CREATED);
        }
    }

    /**
     * The user is no longer in the room. {@code actor} and {@code reason} are the moderator's, for a
     * kick or ban; {@code destroy} is set when the room was destroyed.
     */
    record Left(Jid room, Departure departure, String actor, String reason, Destroy destroy) implements RoomEvent {
    }

    /**
     * Joining the room again (a bookmark, a session that ended) found that its service no longer
     * has it: it was not created anew.
     */
    record Gone(Jid room) implements RoomEvent {
    }

    record OccupantJoined(Jid room, Occupant occupant) implements RoomEvent {
    }

    /** Role, affiliation or presence of an occupant changed (the user's own too, as {@code self}). */
    record OccupantChanged(Jid room, Occupant before, Occupant after, boolean self) implements RoomEvent {
    }

    record OccupantLeft(Jid room, Occupant occupant, Departure departure, String actor, String reason)
            implements RoomEvent {
    }

    /** An occupant (the user when {@code self}) now goes by another nick (303). */
    record NickChanged(Jid room, Occupant before, Occupant after, boolean self) implements RoomEvent {
    }

    /**
     * A message to the whole room. {@code nick} is null for the room itself; {@code occupantId} is
     * the room's stable id for the sender when it gives one; {@code history} is true for discussion
     * history replayed on joining (it carries a delay); {@code mine} when it is the user's own
     * message coming back from the room.
     */
    record RoomMessage(Jid room, String nick, String occupantId, Message message, boolean history, boolean mine)
            implements RoomEvent {
    }

    /** The subject, on joining and on every change; {@code nick} null when the room set it. */
    record SubjectChanged(Jid room, String nick, String subject) implements RoomEvent {
    }

    /** A private message from the occupant {@code from} (room@service/nick): a conversation of its own. */
    record PrivateMessage(Jid room, Jid from, String occupantId, Message message) implements RoomEvent {
    }

    /**
     * An invitation to the room: mediated by the room (§7.8.2, {@code direct} false) or sent
     * straight by {@code from} (XEP-0249).
     */
    record Invited(Jid room, Jid from, String reason, String password, boolean direct) implements RoomEvent {
    }

    /** Someone declined the user's mediated invitation (§7.8.2). */
    record InvitationDeclined(Jid room, Jid from, String reason) implements RoomEvent {
    }

    /** The room's configuration changed (104) or its privacy did (170 to 174). */
    record ConfigurationChanged(Jid room, Set<StatusCode> codes) implements RoomEvent {
        public ConfigurationChanged {
            codes = Set.copyOf(codes);
        }
    }

    /**
     * An occupant asks a moderator (the user) for voice (§8.6); {@code form} is the room's approval
     * form, which {@link RoomManager#approveVoiceRequest} answers.
     */
    record VoiceRequested(Jid room, String nick, Jid jid, DataForm form) implements RoomEvent {
        /** Whether the room's form can be submitted to grant voice (§8.6); else voice is granted by role (§8.3). */
        public boolean approvable() {
            return VoiceRequests.approvable(form);
        }
    }

    /**
     * A moderator retracted the room's message with the stanza id {@code stanzaId} (XEP-0425):
     * {@code by} is the moderator as the room names them (null when it does not), with their
     * occupant id when given, and {@code reason} may say why. Told only when the room itself (its
     * bare JID) announced it.
     */
    record MessageModerated(Jid room, String stanzaId, Jid by, String occupantId, String reason) implements RoomEvent {
    }

    /**
     * The room answered the user's join with a CAPTCHA (XEP-0158): the join waits until the user
     * answers it through {@link RoomManager#answerCaptcha} (or the room gives up). Told only for a
     * challenge naming the user's own join presence.
     */
    record CaptchaChallenged(Jid room, CaptchaChallenge challenge) implements RoomEvent {
    }

    /** The room refused a message the user sent to it, with the message's id. */
    record MessageRefused(Jid room, String messageId, StanzaError error) implements RoomEvent {
    }
}
