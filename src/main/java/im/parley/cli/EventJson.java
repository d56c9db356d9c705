package im.parley.cli;

import im.parley.client.AccountEvent;
import im.parley.client.AccountState;
import im.parley.client.TrackedMessage;
import im.parley.xmpp.ext.bookmarks.BookmarkEvent;
import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One account event as one flat JSON object with a {@code type} field, for `watch`. */
final class EventJson {
    private EventJson() {
    }

    static String of(AccountEvent event) {
        Map<String, Object> f = new LinkedHashMap<>();
        if (event instanceof AccountEvent.ConnectionChanged e) {
            connection(f, e.state());
        } else if (event instanceof AccountEvent.BroughtUp) {
            f.put("type", "brought_up");
        } else if (event instanceof AccountEvent.MessageReceived e) {
            f.put("type", "message");
            message(f, e.message().stanza());
            f.put("origin_id", e.originId());
            f.put("formatted", e.message().formatted().isPresent());
        } else if (event instanceof AccountEvent.MessageSent e) {
            tracked(f, "sent", e.message());
        } else if (event instanceof AccountEvent.ChangeSent e) {
            tracked(f, "change_sent", e.change());
            f.put("kind", e.change().kind().toString());
        } else if (event instanceof AccountEvent.ConversationRead e) {
            f.put("type", "read");
            f.put("peer", jid(e.peer()));
            f.put("up_to", e.upToId());
        } else if (event instanceof AccountEvent.DeliveryChanged e) {
            tracked(f, "delivery", e.message());
        } else if (event instanceof AccountEvent.CarbonCopied e) {
            f.put("type", "carbon");
            f.put("direction", e.direction().element());
            f.put("counterpart", e.counterpart().toString());
            message(f, e.message());
        } else if (event instanceof AccountEvent.MessageCorrected e) {
            f.put("type", "correction");
            f.put("replaces", e.replacesId());
            message(f, e.correction());
        } else if (event instanceof AccountEvent.MessageRetracted e) {
            f.put("type", "retraction");
            f.put("from", e.from().toString());
            f.put("id", e.retractedId());
        } else if (event instanceof AccountEvent.ReactionsChanged e) {
            f.put("type", "reactions");
            f.put("from", e.from().toString());
            f.put("id", e.messageId());
            f.put("emojis", List.copyOf(e.emojis()));
        } else if (event instanceof AccountEvent.ReceiptReceived e) {
            f.put("type", "receipt");
            f.put("from", e.from().toString());
            f.put("id", e.messageId());
        } else if (event instanceof AccountEvent.MarkerReceived e) {
            f.put("type", "marker");
            f.put("from", e.from().toString());
            f.put("marker", e.marker().kind().value());
            f.put("id", e.marker().id());
        } else if (event instanceof AccountEvent.AttentionRequested e) {
            f.put("type", "attention");
            f.put("from", e.from().toString());
        } else if (event instanceof AccountEvent.ChatStateChanged e) {
            f.put("type", "chat_state");
            f.put("from", e.from().toString());
            f.put("state", e.state().value());
        } else if (event instanceof AccountEvent.PresenceChanged e) {
            f.put("type", "presence");
            f.put("from", jid(e.presence().from()));
            f.put("available", e.presence().type() != im.parley.xmpp.stanza.Presence.Type.UNAVAILABLE);
            f.put("show", e.presence().show().map(Enum::name).map(String::toLowerCase).orElse(null));
            f.put("status", e.presence().status().orElse(null));
        } else if (event instanceof AccountEvent.RosterChanged e) {
            f.put("type", "roster");
            f.put("replaced", e.replaced());
            f.put("updated", e.updated().stream().map(EventJson::item).toList());
            f.put("removed", e.removed().stream().map(Jid::toString).toList());
        } else if (event instanceof AccountEvent.SubscriptionChanged e) {
            f.put("type", "subscription");
            f.put("kind", e.event().kind().name().toLowerCase());
            f.put("from", jid(e.event().from()));
            f.put("nick", e.event().nick());
        } else if (event instanceof AccountEvent.RosterOffered e) {
            f.put("type", "roster_offer");
            f.put("from", jid(e.offer().from()));
            f.put("suggestions", e.offer().suggestions().stream().map(s -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("action", s.action().value());
                m.put("jid", s.jid().toString());
                m.put("name", s.name());
                m.put("groups", List.copyOf(s.groups()));
                return m;
            }).toList());
        } else if (event instanceof AccountEvent.HistorySynced e) {
            f.put("type", "history_synced");
            f.put("archive", jid(e.archive()));
            f.put("stored", e.stored());
            f.put("done", e.done());
            if (e.failure() != null) {
                f.put("failure", e.failure());
            }
        } else if (event instanceof AccountEvent.StorageFailed e) {
            f.put("type", "storage_failed");
            f.put("reason", e.reason());
        } else if (event instanceof AccountEvent.ProfileChanged e) {
            f.put("type", "profile");
            f.put("from", jid(e.change().from()));
            ProfileJson.item(f, e.change().item());
        } else if (event instanceof AccountEvent.CallOffered e) {
            f.put("type", "call");
            f.put("from", jid(e.call().peer()));
            f.put("id", e.call().id());
            f.put("video", e.call().hasVideo());
        } else if (event instanceof AccountEvent.CallEnded e) {
            f.put("type", "call_ended");
            f.put("with", jid(e.call().peer()));
            f.put("id", e.call().id());
            f.put("outcome", e.call().outcome().word());
            f.put("seconds", e.call().duration().toSeconds());
        } else if (event instanceof AccountEvent.BookmarkChanged e) {
            if (e.event() instanceof BookmarkEvent.Stored stored) {
                f.put("type", "bookmark");
                f.putAll(BookmarksCommand.fields(stored.bookmark()));
            } else {
                f.put("type", "bookmark_removed");
                f.put("room", jid(e.event().room()));
            }
        } else if (event instanceof AccountEvent.RoomChanged e) {
            f.putAll(RoomEventJson.fields(e.event()));
            f.put("type", "room_" + f.get("type"));
        }

        return Json.object(f);
    }

    private static void connection(Map<String, Object> f, AccountState state) {
        f.put("type", "connection");
        f.put("state", state.name());
        if (state instanceof AccountState.Online o) {
            f.put("resumed", o.resumed());
        } else if (state instanceof AccountState.Reconnecting r) {
            f.put("next_attempt", r.nextAttempt() == null ? null : r.nextAttempt().toString());
            f.put("reason", r.reason());
        } else if (state instanceof AccountState.Failed x) {
            f.put("reason", x.reason());
        }
    }

    private static void tracked(Map<String, Object> f, String type, TrackedMessage m) {
        f.put("type", type);
        f.put("to", m.to().toString());
        f.put("origin_id", m.originId());
        f.put("state", m.state().name().toLowerCase());
        f.put("body", m.body());
        f.put("failure", m.failure());
    }

    private static void message(Map<String, Object> f, Message m) {
        f.put("from", jid(m.from()));
        f.put("to", jid(m.to()));
        f.put("id", m.id());
        f.put("body", m.body().orElse(null));
        f.put("delay", Delay.of(m).map(d -> d.stamp().toString()).orElse(null));
    }

    private static String item(RosterItem i) {
        return i.jid() + (i.name() == null ? "" : " (" + i.name() + ")") + " " + i.subscription().name().toLowerCase();
    }

    private static String jid(Jid j) {
        return j == null ? null : j.toString();
    }
}
