package im.parley.cli;

import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.ext.muc.StatusCode;
import im.parley.xmpp.ext.sid.StableIds;
import im.parley.xmpp.ext.sid.StanzaId;
import im.parley.xmpp.stanza.Message;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** One room event as the fields of a flat JSON object with a {@code type}, for `muc listen` and `watch`. */
final class RoomEventJson {
    private RoomEventJson() {
    }

    static Map<String, Object> fields(RoomEvent event) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", type(event));
        f.put("room", event.room().toString());
        if (event instanceof RoomEvent.Joined e) {
            occupant(f, e.self());
            f.put("occupants", e.occupants().size());
            f.put("created", e.created());
            f.put("codes", codes(e.codes()));
        } else if (event instanceof RoomEvent.Left e) {
            f.put("departure", e.departure().name().toLowerCase());
            f.put("actor", e.actor());
            f.put("reason", e.reason());
        } else if (event instanceof RoomEvent.OccupantJoined e) {
            occupant(f, e.occupant());
        } else if (event instanceof RoomEvent.OccupantChanged e) {
            occupant(f, e.after());
            f.put("self", e.self());
        } else if (event instanceof RoomEvent.OccupantLeft e) {
            occupant(f, e.occupant());
            f.put("departure", e.departure().name().toLowerCase());
            f.put("actor", e.actor());
            f.put("reason", e.reason());
        } else if (event instanceof RoomEvent.NickChanged e) {
            f.put("old_nick", e.before().nick());
            f.put("nick", e.after().nick());
            f.put("self", e.self());
        } else if (event instanceof RoomEvent.RoomMessage e) {
            f.put("nick", e.nick());
            f.put("occupant_id", e.occupantId());
            message(f, e.message());
            // The id a moderator names the message by (`muc moderate`): only the room's own.
            f.put("stanza_id", StableIds.stanzaId(e.message(), e.room()).map(StanzaId::id).orElse(null));
            f.put("history", e.history());
            f.put("mine", e.mine());
        } else if (event instanceof RoomEvent.SubjectChanged e) {
            f.put("nick", e.nick());
            f.put("subject", e.subject());
        } else if (event instanceof RoomEvent.PrivateMessage e) {
            f.put("from", e.from().toString());
            f.put("occupant_id", e.occupantId());
            message(f, e.message());
        } else if (event instanceof RoomEvent.Invited e) {
            f.put("from", e.from() == null ? null : e.from().toString());
            f.put("reason", e.reason());
            f.put("password", e.password());
            f.put("direct", e.direct());
        } else if (event instanceof RoomEvent.InvitationDeclined e) {
            f.put("from", e.from() == null ? null : e.from().toString());
            f.put("reason", e.reason());
        } else if (event instanceof RoomEvent.ConfigurationChanged e) {
            f.put("codes", codes(e.codes()));
        } else if (event instanceof RoomEvent.VoiceRequested e) {
            f.put("nick", e.nick());
            f.put("jid", e.jid() == null ? null : e.jid().toString());
        } else if (event instanceof RoomEvent.MessageModerated e) {
            f.put("stanza_id", e.stanzaId());
            f.put("by", e.by() == null ? null : e.by().toString());
            f.put("occupant_id", e.occupantId());
            f.put("reason", e.reason());
        } else if (event instanceof RoomEvent.CaptchaChallenged e) {
            f.putAll(CaptchaPrompt.fields(e.challenge()));
        } else if (event instanceof RoomEvent.MessageRefused e) {
            f.put("id", e.messageId());
            f.put("error", e.error().condition().name().toLowerCase());
        }
        return f;
    }

    /** The record's name in snake case: OccupantJoined is "occupant_joined". */
    private static String type(RoomEvent event) {
        return event.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
    }

    private static void occupant(Map<String, Object> f, Occupant o) {
        f.put("nick", o.nick());
        f.put("role", o.role().wire());
        f.put("affiliation", o.affiliation().wire());
        f.put("jid", o.realJid() == null ? null : o.realJid().toString());
        f.put("occupant_id", o.occupantId());
    }

    private static void message(Map<String, Object> f, Message m) {
        f.put("id", m.id());
        f.put("body", m.body().orElse(null));
        f.put("delay", Delay.of(m).map(d -> d.stamp().toString()).orElse(null));
    }

    private static String codes(Set<StatusCode> codes) {
        return String.join(",", codes.stream().map(c -> Integer.toString(c.code())).sorted().toList());
    }
}
