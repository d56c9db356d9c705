package im.parley.xmpp.ext.muc;

import im.parley.xmpp.codec.CodecRegistry;
import im.parley.xmpp.ext.captcha.CaptchaChallenge;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.DataFormCodec;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.moderation.Moderated;
import im.parley.xmpp.ext.moderation.Moderations;
import im.parley.xmpp.ext.occupantid.OccupantId;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * One room the user is in, or is joining: its occupants by nick, the subject, and the user's own
 * occupant. The room's stanzas come in one dispatch lane (they share a bare JID), so it changes
 * on one thread at a time, in the room's order; the getters may be read from any thread.
 */
public final class Room {
    private static final MucUserCodec USER = new MucUserCodec();
    private static final DataFormCodec FORMS = new DataFormCodec();
    private static final Set<StatusCode> CONFIGURATION = EnumSet.of(StatusCode.CONFIGURATION_CHANGED,
            StatusCode.LOGGING_ENABLED, StatusCode.LOGGING_DISABLED, StatusCode.NOW_NON_ANONYMOUS,
            StatusCode.NOW_SEMI_ANONYMOUS, StatusCode.NOW_FULLY_ANONYMOUS);

    /**
     * The most occupants kept for one room: far above the largest public rooms, so that only a
     * hostile or broken service reaches it; its presences for further nicks are dropped.
     */
    static final int MAX_OCCUPANTS = 100_000;
    private static final Logger LOG = Logger.getLogger(Room.class.getName());

    private final Jid jid;
    private final String password;
    private final RoomInfo info;
    private final Map<String, Occupant> occupants = new ConcurrentHashMap<>();
    private volatile String nick;
    private volatile Occupant self;
    private volatile String subject;
    private volatile boolean joined;
    private volatile boolean created;
    private volatile boolean ended;
    private final CompletableFuture<Room> joining = new CompletableFuture<>();
    private volatile CompletableFuture<Void> leaving;
    private volatile NickChange nickChange;
    /** The id of the join presence, which a CAPTCHA must name (XEP-0158 §3.3). */
    private volatile String joinId;
    private volatile boolean challenged;

    private record NickChange(String nick, CompletableFuture<Void> done) {
    }

    /** {@code info} is null for a room that did not exist before this join. */
    Room(Jid jid, String nick, String password, RoomInfo info) {
        this.jid = jid.bare();
        this.nick = nick;
        this.password = password;
        this.info = info;
    }

    public Jid jid() {
        return jid;
    }

    /** The user's nick in the room (the one the room assigned, once joined). */
    public String nick() {
        return nick;
    }

    /** The user's own occupant JID, room@service/nick. */
    public Jid occupantJid() {
        return jid.withResource(nick);
    }

    /** What the room said of itself before the join; empty for a room the join created. */
    public Optional<RoomInfo> info() {
        return Optional.ofNullable(info);
    }

    public boolean isJoined() {
        return joined;
    }

    /** Whether the join created the room (201): it then waits for its owner's configuration. */
    public boolean created() {
        return created;
    }

    public Optional<Occupant> self() {
        return Optional.ofNullable(self);
    }

    public Optional<Occupant> occupant(String nick) {
        return Optional.ofNullable(occupants.get(nick));
    }

    /** The occupants now, the user included, in no particular order. */
    public List<Occupant> occupants() {
        return List.copyOf(occupants.values());
    }

    public int occupantCount() {
        return occupants.size();
    }

    /** The subject, or null before the room told it. */
    public String subject() {
        return subject;
    }

    String password() {
        return password;
    }

    /** Completes when the room sends the user's own presence; fails on the room's error. */
    CompletableFuture<Room> joining() {
        return joining;
    }

    void joinSent(String id) {
        joinId = id;
    }

    /** Whether the room set the user a CAPTCHA for the join under way. */
    boolean challenged() {
        return challenged;
    }

    /** True once the user left or was removed: the room is done with. */
    boolean ended() {
        return ended;
    }

    CompletableFuture<Void> startLeaving() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        leaving = done;
        return done;
    }

    CompletableFuture<Void> startNickChange(String newNick) {
        NickChange change = new NickChange(newNick, new CompletableFuture<>());
        nickChange = change;
        return change.done;
    }

    boolean changingNick() {
        NickChange change = nickChange;
        return change != null && !change.done.isDone();
    }

    /** The session ended without resumption: the room no longer counts us in. */
    void dropped() {
        joined = false;
        ended = true;
        occupants.clear();
        joining.completeExceptionally(new IllegalStateException("the session ended before the join completed"));
    }

    /** A presence from one of the room's occupant JIDs (or an error from the room). */
    void presence(Presence p, Consumer<RoomEvent> out) {
        if (p.type() == Presence.Type.ERROR) {
            refused(p);
            return;
        }
        String from = p.from().resource();
        if (from == null) {
            return;
        }
        MucUser x = CodecRegistry.first(p, USER).valueIfAny().orElse(MucUser.empty());
        Set<StatusCode> codes = StatusCode.of(x.statusCodes());
        boolean isSelf = codes.contains(StatusCode.SELF) || from.equals(nick);
        MucItem item = x.item();
        Occupant now = new Occupant(p.from(), item == null ? null : item.role(),
                item == null ? null : item.affiliation(), item == null ? null : item.jid(), occupantId(p),
                p.show().orElse(null), p.status().orElse(null));
        if (p.type() == Presence.Type.UNAVAILABLE) {
            if (codes.contains(StatusCode.NICK_CHANGED) && item != null && item.nick() != null) {
                renamed(from, now.withNick(item.nick()), isSelf, out);
            } else {
                departed(from, now, x, codes, isSelf, out);
            }
        } else if (p.type() == Presence.Type.AVAILABLE) {
            arrived(from, now, codes, isSelf, out);
        }
    }

    private void refused(Presence p) {
        StanzaErrorException error = new StanzaErrorException(
                p.error().orElse(StanzaError.of(StanzaErrorCondition.UNDEFINED_CONDITION)), p);
        String to = p.from().resource();
        NickChange change = nickChange;
        if (change != null && change.nick.equals(to)) {
            nickChange = null;
            change.done.completeExceptionally(failure(change.nick, error));
        } else if (!joined) {
            ended = true;
            joining.completeExceptionally(failure(nick, error));
        }
    }

    private Exception failure(String nick, StanzaErrorException error) {
        return error.condition() == StanzaErrorCondition.CONFLICT ? new NickConflictException(jid, nick, error) : error;
    }

    private void arrived(String from, Occupant now, Set<StatusCode> codes, boolean isSelf, Consumer<RoomEvent> out) {
        if (!isSelf && occupants.size() >= MAX_OCCUPANTS && !occupants.containsKey(from)) {
            LOG.warning(() -> jid + " has over " + MAX_OCCUPANTS + " occupants; ignoring " + from);
            return;
        }
        Occupant before = occupants.put(from, now);
        if (isSelf) {
            self = now;
            nick = from;
            if (!joined) {
                joined = true;
                created = codes.contains(StatusCode.ROOM_CREATED);
                out.accept(new RoomEvent.Joined(jid, now, occupants(), codes));
                joining.complete(this);
            } else if (before != null && !before.equals(now)) {
                out.accept(new RoomEvent.OccupantChanged(jid, before, now, true));
            }
        } else if (before == null) {
            // Before our own presence the room replays who is there: told once, in Joined.
            if (joined) {
                out.accept(new RoomEvent.OccupantJoined(jid, now));
            }
        } else if (!before.equals(now)) {
            out.accept(new RoomEvent.OccupantChanged(jid, before, now, false));
        }
    }

    private void renamed(String from, Occupant after, boolean isSelf, Consumer<RoomEvent> out) {
        Occupant before = occupants.remove(from);
        occupants.put(after.nick(), after);
        if (isSelf) {
            nick = after.nick();
            self = after;
        }
        out.accept(new RoomEvent.NickChanged(jid, before == null ? after.withNick(from) : before, after, isSelf));
        NickChange change = nickChange;
        if (isSelf && change != null) {
            nickChange = null;
            change.done.complete(null);
        }
    }

    private void departed(String from, Occupant now, MucUser x, Set<StatusCode> codes, boolean isSelf,
                          Consumer<RoomEvent> out) {
        Occupant before = occupants.remove(from);
        MucItem item = x.item();
        Departure departure = Departure.of(codes, x.destroy() != null);
        String actor = item == null ? null : item.actorNick();
        String reason = item != null && item.reason() != null ? item.reason()
                : x.destroy() == null ? null : x.destroy().reason();
        if (!isSelf) {
            out.accept(new RoomEvent.OccupantLeft(jid, before == null ? now : before, departure, actor, reason));
            return;
        }
        boolean wasJoined = joined;
        joined = false;
        ended = true;
        occupants.clear();
        self = null;
        if (wasJoined) {
            out.accept(new RoomEvent.Left(jid, departure, actor, reason, x.destroy()));
        }
        joining.completeExceptionally(new IllegalStateException("removed from " + jid + " while joining: " + departure));
        CompletableFuture<Void> left = leaving;
        if (left != null) {
            left.complete(null);
        }
    }

    /** A message from the room or one of its occupants. */
    void message(Message m, Consumer<RoomEvent> out) {
        String from = m.from().resource();
        if (m.type() == Message.Type.ERROR) {
            out.accept(new RoomEvent.MessageRefused(jid, m.id(),
                    m.error().orElse(StanzaError.of(StanzaErrorCondition.UNDEFINED_CONDITION))));
            return;
        }
        Set<StatusCode> codes = CodecRegistry.first(m, USER).valueIfAny()
                .map(x -> StatusCode.of(x.statusCodes())).orElse(Set.of());
        if (m.type() == Message.Type.GROUPCHAT) {
            Optional<Moderated> moderated = Moderations.announcement(m);
            if (moderated.isPresent()) {
                moderated(m, moderated.get(), out);
            } else if (m.subject().isPresent() && m.body().isEmpty()) {
                subject = m.subject().get();
                out.accept(new RoomEvent.SubjectChanged(jid, from, subject));
            } else if (m.body().isPresent()) {
                out.accept(new RoomEvent.RoomMessage(jid, from, occupantId(m), m,
                        m.payload("delay", "urn:xmpp:delay").isPresent(), from != null && from.equals(nick)));
            } else if (codes.stream().anyMatch(CONFIGURATION::contains)) {
                out.accept(new RoomEvent.ConfigurationChanged(jid, codes));
            }
        } else if (from != null) {
            if (m.body().isPresent()) {
                out.accept(new RoomEvent.PrivateMessage(jid, m.from(), occupantId(m), m));
            }
        } else if (codes.stream().anyMatch(CONFIGURATION::contains)) {
            out.accept(new RoomEvent.ConfigurationChanged(jid, codes));
        } else {
            captcha(m).or(() -> voiceRequest(m)).ifPresent(out);
        }
    }

    /**
     * A CAPTCHA for the join under way (XEP-0158 §3.3): only one that names the join presence;
     * any other is ignored, as answering it could answer a stranger's challenge.
     */
    private Optional<RoomEvent> captcha(Message m) {
        if (joined) {
            return Optional.empty();
        }
        Optional<CaptchaChallenge> challenge = CaptchaChallenge.of(m).filter(c -> c.challenges(occupantJid(), joinId));
        challenge.ifPresent(c -> challenged = true);
        return challenge.map(c -> new RoomEvent.CaptchaChallenged(jid, c));
    }

    /**
     * A moderation announcement (XEP-0425), legitimate only from the room's own bare JID (Business
     * Rules): an occupant's copy is a forgery, dropped, whatever body it carries.
     */
    private void moderated(Message m, Moderated moderated, Consumer<RoomEvent> out) {
        if (m.from().resource() != null) {
            LOG.warning(() -> "dropping a moderation announcement from the occupant " + m.from() + ", not the room");
            return;
        }
        out.accept(new RoomEvent.MessageModerated(jid, moderated.stanzaId(), moderated.by(), moderated.occupantId(),
                moderated.reason()));
    }

    /** A voice request the room passes on to its moderators (§8.6): a muc#request form. */
    private Optional<RoomEvent> voiceRequest(Message m) {
        Optional<DataForm> form = CodecRegistry.first(m, FORMS).valueIfAny()
                .filter(f -> f.formType().filter(Muc.REQUEST::equals).isPresent());
        if (form.isEmpty()) {
            return Optional.empty();
        }
        String requester = form.get().field("muc#roomnick").flatMap(FormField::value).orElse(null);
        Jid requesterJid = form.get().field("muc#jid").flatMap(FormField::jidValue).orElse(null);
        return Optional.of(new RoomEvent.VoiceRequested(jid, requester, requesterJid, form.get()));
    }

    /** The room's id for the sender, trusted only from a room that says it gives them (XEP-0421 §4). */
    private String occupantId(im.parley.xmpp.stanza.Stanza s) {
        if (info == null || !info.givesOccupantIds()) {
            return null;
        }
        return OccupantId.of(s).map(OccupantId::id).orElse(null);
    }
}
