package im.parley.xmpp.ext.muc;

import im.parley.xmpp.codec.CodecRegistry;
import im.parley.xmpp.ext.captcha.CaptchaChallenge;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.forms.DataFormCodec;
import im.parley.xmpp.ext.invitation.DirectInvitation;
import im.parley.xmpp.ext.invitation.DirectInvitationCodec;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.routing.StanzaClaim;
import im.parley.xmpp.session.ConnectionListener;
import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import im.parley.xmpp.xml.XmlElement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rooms of one session (XEP-0045 §7): joining, leaving, nick changes, messages, subjects,
 * private messages and invitations. A {@link StanzaClaim} takes every presence and message from
 * a room the user is in or joining, so none reaches the roster's presence table, caps or the
 * one-to-one chats; it also takes invitations (mediated and XEP-0249), from anyone. Self-pings
 * (XEP-0410) find rooms that silently dropped the user and join them again. After a session
 * that was not resumed, every room counts as left ({@link Departure#DROPPED}) until joined again.
 */
public final class RoomManager implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RoomManager.class.getName());
    /** How often a joined room is self-pinged by default: often enough to notice within minutes. */
    public static final Duration SELF_PING_INTERVAL = Duration.ofMinutes(5);
    /** How long a join waits for the user to answer a room's CAPTCHA: ejabberd keeps one two minutes. */
    static final Duration CAPTCHA_TIME = Duration.ofMinutes(2);
    private static final MucJoinCodec JOIN = new MucJoinCodec();
    private static final MucUserCodec USER = new MucUserCodec();
    private static final DirectInvitationCodec DIRECT = new DirectInvitationCodec();
    private static final DataFormCodec FORMS = new DataFormCodec();

    private final XmppClient client;
    private final Map<Jid, Room> rooms = new ConcurrentHashMap<>();
    private final List<Consumer<? super RoomEvent>> listeners = new CopyOnWriteArrayList<>();
    private final SelfPing selfPing;
    private final Registration registrations;

    public RoomManager(XmppClient client) {
        this(client, SELF_PING_INTERVAL);
    }

    public RoomManager(XmppClient client, Duration selfPingInterval) {
        this.client = client;
        this.selfPing = new SelfPing(client, this::rooms, this::droppedFrom, selfPingInterval);
        this.registrations = Registration.all(client.addClaim(new RoomClaim()),
                client.addConnectionListener(new SessionChanges()));
    }

    /** Every later room event reaches {@code listener}, in each room's order, off the reader thread. */
    public Registration addListener(Consumer<? super RoomEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The rooms joined or being joined. */
    public List<Room> rooms() {
        return List.copyOf(rooms.values());
    }

    public Optional<Room> room(Jid room) {
        return Optional.ofNullable(rooms.get(room.bare()));
    }

    /** What the room says of itself (§6.4); fails with item-not-found for a room that does not exist. */
    public CompletableFuture<RoomInfo> info(Jid room) {
        return client.query(Iq.get(room.bare(), XmlElement.empty("query", DiscoInfo.NAMESPACE)))
                .thenApply(r -> new RoomInfo(room, DiscoInfo.fromXml(
                        r.query().orElse(XmlElement.empty("query", DiscoInfo.NAMESPACE)))));
    }

    /**
     * Joins {@code room} as {@code nick} (§7.2). A room with an archive (MAM) is asked for no
     * history, since its archive is read instead; others send their default. Completes once the
     * room sends the user's own presence, the occupants already known; fails with
     * {@link NickConflictException} when the nick is taken, else with the room's
     * {@link StanzaErrorException} (not-authorized for a wrong password, registration-required,
     * forbidden for a ban...). Joining a room already joined changes the nick if it differs.
     *
     * @param password null when the room needs none
     */
    public CompletableFuture<Room> join(Jid room, String nick, String password) {
        return join(room, nick, password, true);
    }

    /**
     * As {@link #join}, for a room the user was in before (a bookmark, a session that ended): where
     * the service says the room does not exist (item-not-found to disco#info) or is gone (the join
     * refused with gone, §10.9's tombstone), {@link RoomEvent.Gone} is told and the join fails with
     * that error, instead of creating the room anew, locked and empty, with the user as its owner.
     */
    public CompletableFuture<Room> joinExisting(Jid room, String nick, String password) {
        return join(room, nick, password, false);
    }

    private CompletableFuture<Room> join(Jid room, String nick, String password, boolean mayCreate) {
        Jid bare = room.bare();
        Room current = rooms.get(bare);
        if (current != null && current.isJoined()) {
            // In the room already: another nick is a nick change (§7.6), the same one nothing.
            return current.nick().equals(nick) ? CompletableFuture.completedFuture(current)
                    : changeNick(bare, nick).thenApply(v -> current);
        }
        CompletableFuture<Room> joined = info(bare).handle((info, error) -> {
            StanzaErrorCondition condition = error == null ? null : condition(error);
            if (condition == StanzaErrorCondition.ITEM_NOT_FOUND && !mayCreate) {
                throw error instanceof CompletionException c ? c : new CompletionException(error);
            }
            if (error != null && condition != StanzaErrorCondition.ITEM_NOT_FOUND) {
                LOG.log(Level.FINE, "no disco#info from " + bare + "; joining with the default history", error);
            }
            return info;
        }).thenCompose(info -> enter(new Room(bare, nick, password, info)));
        if (mayCreate) {
            return joined;
        }
        // Missing (item-not-found), or destroyed with a tombstone left (Prosody answers the join gone).
        return joined.whenComplete((r, e) -> {
            StanzaErrorCondition condition = e == null ? null : condition(e);
            if (condition == StanzaErrorCondition.ITEM_NOT_FOUND || condition == StanzaErrorCondition.GONE) {
                Room stale = rooms.get(bare);
                if (stale != null && !stale.isJoined()) {
                    rooms.remove(bare, stale);
                }
                publish(new RoomEvent.Gone(bare));
            }
        });
    }

    private CompletableFuture<Room> enter(Room fresh) {
        rooms.put(fresh.jid(), fresh);
        boolean archived = fresh.info().map(RoomInfo::archived).orElse(false);
        Presence join = Presence.builder().to(fresh.occupantJid()).id(client.nextId())
                .payload(JOIN.encode(new MucJoin(fresh.password(), archived ? History.none() : null))).build();
        fresh.joinSent(join.id());
        try {
            client.send(join);
        } catch (NotConnectedException e) {
            rooms.remove(fresh.jid(), fresh);
            return CompletableFuture.failedFuture(e);
        }
        long timeout = client.config().replyTimeout().toMillis();
        // A room that set a CAPTCHA waits for the user, so the join does too.
        return fresh.joining().copy().orTimeout(timeout, TimeUnit.MILLISECONDS)
                .exceptionallyCompose(e -> e instanceof TimeoutException && fresh.challenged()
                        ? fresh.joining().copy().orTimeout(CAPTCHA_TIME.toMillis(), TimeUnit.MILLISECONDS)
                        : CompletableFuture.failedFuture(e))
                .whenComplete((r, e) -> {
                    if (e != null) {
                        rooms.remove(fresh.jid(), fresh);
                    }
                });
    }

    /**
     * Answers the CAPTCHA a room set for the user's join (XEP-0158 §3.3), {@code answers} by field
     * var; the join then completes. Fails with the room's refusal: not-acceptable for a wrong
     * answer (ejabberd says not-allowed), service-unavailable for a challenge it no longer has.
     *
     * @throws IllegalArgumentException for an answer the form does not take, or a required one missing
     */
    public CompletableFuture<Void> answerCaptcha(CaptchaChallenge challenge, Map<String, List<String>> answers) {
        return client.query(challenge.answer(answers)).thenApply(r -> null);
    }

    /** Joins again every room the user was in before the session was replaced or the room dropped them. */
    public CompletableFuture<Void> rejoinAll() {
        return CompletableFuture.allOf(rooms.values().stream().filter(r -> !r.isJoined())
                .map(r -> rejoin(r).exceptionally(e -> null)).toArray(CompletableFuture[]::new));
    }

    private CompletableFuture<Room> rejoin(Room room) {
        return joinExisting(room.jid(), room.nick(), room.password());
    }

    /** A self-ping found that the room no longer counts the user in: told, then joined again. */
    private CompletableFuture<Room> droppedFrom(Room room) {
        if (rooms.get(room.jid()) != room || !room.isJoined()) {
            return CompletableFuture.completedFuture(room);
        }
        room.dropped();
        publish(new RoomEvent.Left(room.jid(), Departure.DROPPED, null, null, null));
        return rejoin(room);
    }

    /** Leaves the room (§7.14); completes once the room confirms, or at once if it had dropped us. */
    public CompletableFuture<Void> leave(Jid room, String status) {
        Room r = rooms.get(room.bare());
        if (r == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (!r.isJoined()) {
            rooms.remove(r.jid(), r);
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> left = r.startLeaving();
        try {
            client.send(Presence.builder().to(r.occupantJid()).type(Presence.Type.UNAVAILABLE).status(status).build());
        } catch (NotConnectedException e) {
            rooms.remove(r.jid(), r);
            return CompletableFuture.completedFuture(null);
        }
        return left.orTimeout(client.config().replyTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ok, e) -> rooms.remove(r.jid(), r));
    }

    /**
     * Changes the user's nick (§7.6); completes when the room confirms (303), fails with
     * {@link NickConflictException} when the nick is taken or the room's error otherwise.
     */
    public CompletableFuture<Void> changeNick(Jid room, String nick) {
        Room r = joined(room);
        CompletableFuture<Void> done = r.startNickChange(nick);
        try {
            client.send(Presence.builder().to(r.jid().withResource(nick)).build());
        } catch (NotConnectedException e) {
            return CompletableFuture.failedFuture(e);
        }
        return done.orTimeout(client.config().replyTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends {@code body} to everyone in the room (§7.4); the room's echo comes back as a {@link RoomEvent.RoomMessage}. */
    public Message send(Jid room, String body) throws NotConnectedException {
        return sendToRoom(Message.builder().to(joined(room).jid()).type(Message.Type.GROUPCHAT).body(body)
                .id(client.nextId()).build());
    }

    /** Changes the subject (§8.1); an empty one clears it. The room may refuse (a MessageRefused event). */
    public Message setSubject(Jid room, String subject) throws NotConnectedException {
        return sendToRoom(Message.builder().to(joined(room).jid()).type(Message.Type.GROUPCHAT).subject(subject)
                .id(client.nextId()).build());
    }

    /** A private message to one occupant, room@service/nick (§7.5), marked as sent through the room. */
    public Message sendPrivate(Jid occupant, String body) throws NotConnectedException {
        if (occupant.resource() == null) {
            throw new IllegalArgumentException("a private message goes to an occupant JID: " + occupant);
        }
        joined(occupant);
        return sendToRoom(Message.builder().to(occupant).type(Message.Type.CHAT).body(body).id(client.nextId())
                .payload(USER.encode(MucUser.empty())).build());
    }

    /** Invites {@code invitee} through the room (§7.8.2), which adds the password itself. */
    public void invite(Jid room, Jid invitee, String reason) throws NotConnectedException {
        sendToRoom(Message.builder().to(joined(room).jid())
                .payload(USER.encode(MucUser.invite(new MucInvite(false, invitee, null, reason)))).build());
    }

    /** Invites {@code invitee} directly (XEP-0249), with the room's password if it has one. */
    public void inviteDirectly(Jid room, Jid invitee, String reason) throws NotConnectedException {
        Room r = joined(room);
        client.send(Message.builder().to(invitee).id(client.nextId())
                .payload(DIRECT.encode(DirectInvitation.to(r.jid(), r.password(), reason))).build());
    }

    /** Declines a mediated invitation from {@code inviter} to {@code room} (§7.8.2). */
    public void decline(Jid room, Jid inviter, String reason) throws NotConnectedException {
        client.send(Message.builder().to(room.bare()).id(client.nextId())
                .payload(USER.encode(MucUser.invite(new MucInvite(true, inviter, null, reason)))).build());
    }

    /** Asks the room's moderators for voice (§7.13). */
    public void requestVoice(Jid room) throws NotConnectedException {
        sendToRoom(Message.builder().to(joined(room).jid()).id(client.nextId())
                .payload(FORMS.encode(VoiceRequests.request())).build());
    }

    /**
     * Grants a voice request by submitting the room's approval form (§8.6); the room then makes the
     * requester a participant, which its presence tells. The room answers nothing on success.
     *
     * @throws IllegalArgumentException when the room's form cannot be submitted that way ({@link RoomEvent.VoiceRequested#approvable})
     */
    public void approveVoiceRequest(RoomEvent.VoiceRequested request) throws NotConnectedException {
        if (!request.approvable()) {
            throw new IllegalArgumentException("the voice request form of " + request.room() + " has no "
                    + VoiceRequests.ALLOW + " field");
        }
        sendToRoom(Message.builder().to(joined(request.room()).jid()).id(client.nextId())
                .payload(FORMS.encode(VoiceRequests.approval(request.form()))).build());
    }

    private Message sendToRoom(Message message) throws NotConnectedException {
        client.send(message);
        return message;
    }

    private Room joined(Jid room) {
        Room r = rooms.get(room.bare());
        if (r == null || !r.isJoined()) {
            throw new IllegalStateException("not in " + room.bare());
        }
        return r;
    }

    static StanzaErrorCondition condition(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof StanzaErrorException se ? se.condition() : null;
    }

    private void publish(RoomEvent event) {
        for (Consumer<? super RoomEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a room listener failed on " + event, e);
            }
        }
    }

    /** Pings the user's own occupant JID in every joined room now (XEP-0410), rejoining where dropped. */
    public CompletableFuture<Void> selfPingNow() {
        return selfPing.pingAll();
    }

    @Override
    public void close() {
        selfPing.close();
        registrations.close();
    }

    private final class RoomClaim implements StanzaClaim {
        @Override
        public boolean claims(Stanza stanza) {
            if (stanza instanceof Iq || stanza.from() == null) {
                return false;
            }
            return rooms.containsKey(stanza.from().bare()) || (stanza instanceof Message m && isInvitation(m));
        }

        private boolean isInvitation(Message m) {
            return m.payload("x", DirectInvitation.NAMESPACE).isPresent() || m.payload("x", Muc.USER)
                    .filter(x -> x.child("invite", Muc.USER).isPresent() || x.child("decline", Muc.USER).isPresent())
                    .isPresent();
        }

        @Override
        public void presence(Presence presence) {
            Room room = rooms.get(presence.from().bare());
            if (room != null) {
                // Forgotten before anyone hears it left: a listener asking for the room then finds none.
                room.presence(presence, event -> {
                    if (event instanceof RoomEvent.Left) {
                        rooms.remove(room.jid(), room);
                    }
                    publish(event);
                });
                if (room.ended()) {
                    rooms.remove(room.jid(), room);
                }
            }
        }

        @Override
        public void message(Message message) {
            if (isInvitation(message)) {
                invitation(message);
                return;
            }
            Room room = rooms.get(message.from().bare());
            if (room != null) {
                room.message(message, RoomManager.this::publish);
            }
        }

        /**
         * A room passing on an invitation may add a jabber:x:conference copy for clients without
         * mediated ones (Prosody does): the muc#user one, which names the inviter, wins.
         */
        private void invitation(Message m) {
            Optional<MucUser> x = CodecRegistry.first(m, USER).valueIfAny().filter(u -> !u.invites().isEmpty());
            if (x.isEmpty()) {
                CodecRegistry.first(m, DIRECT).valueIfAny().ifPresent(d ->
                        publish(new RoomEvent.Invited(d.room(), m.from(), d.reason(), d.password(), true)));
                return;
            }
            if (m.from().resource() != null) {
                LOG.fine(() -> "ignoring a mediated invitation from an occupant JID: " + m.from());
                return;
            }
            for (MucInvite invite : x.get().invites()) {
                publish(invite.decline() ? new RoomEvent.InvitationDeclined(m.from().bare(), invite.from(), invite.reason())
                        : new RoomEvent.Invited(m.from().bare(), invite.from(), invite.reason(), x.get().password(), false));
            }
        }
    }

    /** A fresh session is in no room; a resumed one may have been dropped while away, which a self-ping finds. */
    private final class SessionChanges implements ConnectionListener {
        @Override
        public void connected(Jid boundJid) {
            for (Room room : rooms.values()) {
                boolean wasJoined = room.isJoined();
                room.dropped();
                if (wasJoined) {
                    publish(new RoomEvent.Left(room.jid(), Departure.DROPPED, null, null, null));
                }
            }
        }

        @Override
        public void resumed() {
            selfPing.pingAll();
        }
    }
}
