package im.parley.client;

import im.parley.xmpp.ext.bookmarks.Bookmark;
import im.parley.xmpp.ext.bookmarks.BookmarkEvent;
import im.parley.xmpp.ext.captcha.CaptchaChallenge;
import im.parley.xmpp.ext.disco.DiscoItems;
import im.parley.xmpp.ext.muc.Departure;
import im.parley.xmpp.ext.muc.Room;
import im.parley.xmpp.ext.muc.RoomDirectory;
import im.parley.xmpp.ext.muc.RoomAdministration;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.ext.muc.RoomInfo;
import im.parley.xmpp.ext.muc.RoomManager;
import im.parley.xmpp.ext.sid.OriginId;
import im.parley.xmpp.ext.sid.StableIds;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.stanza.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The account's group rooms, across sessions: the rooms the user is in are joined again on every
 * fresh session (a bring-up hook), and their events come out of the account's ordered stream as
 * {@link AccountEvent.RoomChanged}. A room stays wanted until the user leaves it or the room
 * removes the user for good (kick, ban, destruction); a drop or a lost session does not count.
 * Bookmarks (XEP-0402) carry the rooms across restarts and devices: rooms bookmarked with autojoin
 * are joined on every fresh session and as soon as another client bookmarks them; a room whose
 * bookmark another client removes or turns autojoin off for is left (XEP-0402 §4). Joining and
 * leaving here update the bookmark (see {@link RoomBookmarks}).
 */
public final class RoomService {
    private static final Logger LOG = Logger.getLogger(RoomService.class.getName());
    private static final int LISTING_PAGE = 100;

    /** How the user is in a room: the nick and password to join it with again. */
    public record Membership(Jid room, String nick, String password) {
    }

    private final Consumer<AccountEvent> publish;
    private final Supplier<AccountSession> onlineSession;
    private final Outbox outbox;
    private final Map<Jid, Membership> wanted = new ConcurrentHashMap<>();
    private final RoomBookmarks bookmarks = new RoomBookmarks();
    /** Rooms an autojoin is entering now, so that a second notification does not join twice. */
    private final Set<Jid> autojoining = ConcurrentHashMap.newKeySet();
    /** Rooms found gone on joining them again, until one is joined anew. */
    private final Set<Jid> gone = ConcurrentHashMap.newKeySet();
    private final Object attachLock = new Object();
    private AccountSession attached;
    private Registration listening = () -> { };
    /** Null while the account keeps no local archive. */
    private volatile RoomHistorySync history;

    RoomService(Consumer<AccountEvent> publish, Supplier<AccountSession> onlineSession, Outbox outbox) {
        this.publish = publish;
        this.onlineSession = onlineSession;
        this.outbox = outbox;
    }

    /** The rooms the user is in, or will be again once online. */
    public List<Membership> memberships() {
        return List.copyOf(wanted.values());
    }

    /** The account's room bookmarks, as last read or heard from the server. */
    public List<Bookmark> bookmarks() {
        return bookmarks.all();
    }

    /** The bookmark of {@code room}, if the account has one. */
    public Optional<Bookmark> bookmark(Jid room) {
        return bookmarks.of(room);
    }

    /**
     * The nick to join {@code room} with again: the one the user is in it with, else its
     * bookmark's; empty when neither says.
     */
    public Optional<String> knownNick(Jid room) {
        Membership m = wanted.get(room.bare());
        return m != null ? Optional.of(m.nick()) : bookmarks.of(room).map(Bookmark::nick);
    }

    /**
     * Joins {@code room} now, and again on every later fresh session: its bookmark says autojoin,
     * with this nick. Fails as {@link RoomManager#join} does, and with
     * {@link NotConnectedException} while offline.
     */
    public CompletableFuture<Room> join(Jid room, String nick, String password) {
        return join(room, nick, password, true);
    }

    /**
     * As {@link #join(Jid, String, String)}; {@code bookmark} false leaves the bookmarks alone, for
     * a join that should not follow the user to their other clients (a command line listener).
     */
    public CompletableFuture<Room> join(Jid room, String nick, String password, boolean bookmark) {
        AccountSession s;
        try {
            s = online();
        } catch (NotConnectedException e) {
            return CompletableFuture.failedFuture(e);
        }
        return attach(s).join(room, nick, password).thenApply(r -> {
            wanted.put(r.jid(), new Membership(r.jid(), r.nick(), password));
            if (bookmark) {
                bookmarks.joined(s, r.jid(), r.nick());
            }
            return r;
        });
    }

    /** Whether joining {@code room} again found that its service no longer has it ({@link RoomEvent.Gone}). */
    public boolean isGone(Jid room) {
        return gone.contains(room.bare());
    }

    /** The rooms found gone ({@link #isGone}), for a face that starts listening after they were told. */
    public Set<Jid> goneRooms() {
        return Set.copyOf(gone);
    }

    /**
     * Keeps {@code room} bookmarked, with autojoin on or off, or removes its bookmark, as the user
     * chose; the user stays in the room either way. Fails with {@link NotConnectedException} while
     * offline.
     */
    public CompletableFuture<Void> bookmark(Jid room, boolean keep, boolean autojoin) {
        AccountSession s;
        try {
            s = online();
        } catch (NotConnectedException e) {
            return CompletableFuture.failedFuture(e);
        }
        Jid bare = room.bare();
        return keep ? bookmarks.keep(s, bare, knownNick(bare).orElseGet(() -> s.jid().local()), autojoin)
                : bookmarks.remove(s, bare);
    }

    /** Leaves {@code room} for good: it is not joined again, and its bookmark no longer says autojoin. */
    public CompletableFuture<Void> leave(Jid room) {
        wanted.remove(room.bare());
        AccountSession s = onlineSession.get();
        bookmarks.left(s, room.bare());
        return s == null ? CompletableFuture.completedFuture(null) : s.rooms().leave(room, null);
    }

    /**
     * Sends {@code body} to a room the user is in, through the account's outbox: its local echo
     * is an {@link AccountEvent.MessageSent} at once; it goes out now when the user is in the
     * room, else as soon as the room is joined again (after a reconnection, or a restart: the
     * archive keeps it); it is delivered when the room echoes it, failed when the room refuses it
     * or the user leaves the room first.
     *
     * @throws IllegalStateException when the user is not in the room and is not joining it again
     */
    public TrackedMessage send(Jid room, String body) {
        Jid bare = room.bare();
        AccountSession s = onlineSession.get();
        Optional<Room> joined = s == null ? Optional.empty() : s.rooms().room(bare).filter(Room::isJoined);
        Membership membership = wanted.get(bare);
        if (joined.isEmpty() && membership == null) {
            throw new IllegalStateException("not in " + bare);
        }
        Jid asOccupant = joined.map(Room::occupantJid).orElseGet(() -> bare.withResource(membership.nick()));
        TrackedMessage m = outbox.add(bare, body, new OutgoingKind.Plain(), asOccupant);
        if (joined.isPresent()) {
            outbox.send(s.client(), m);
        }
        return m;
    }

    /**
     * Asks {@code room} to retract the message it gave the stanza id {@code stanzaId}, as a
     * moderator (XEP-0425). The room's announcement comes back as a
     * {@link RoomEvent.MessageModerated} event, to the user too, and the local archive keeps a
     * tombstone in the message's place. Fails as {@link RoomAdministration#moderate} does, and
     * with {@link NotConnectedException} while offline.
     *
     * @param reason null for none
     */
    public CompletableFuture<Void> moderate(Jid room, String stanzaId, String reason) {
        try {
            return administration().moderate(room, stanzaId, reason);
        } catch (NotConnectedException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Answers the CAPTCHA (XEP-0158) a room set for the user's join, told as a
     * {@link RoomEvent.CaptchaChallenged} event: {@code answers} by the form's field vars. The
     * join under way completes once the room accepts it. Fails with the room's refusal
     * (not-acceptable for a wrong answer, not-allowed from ejabberd), and with {@link NotConnectedException} while offline.
     */
    public CompletableFuture<Void> answerCaptcha(CaptchaChallenge challenge, Map<String, List<String>> answers) {
        try {
            return rooms().answerCaptcha(challenge, answers);
        } catch (NotConnectedException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The user saw the room's messages so far: they stop counting as unread, in the archive too. */
    public void markRead(Jid room) {
        publish.accept(new AccountEvent.RoomRead(room.bare()));
    }

    /**
     * The group chat services of the user's server: its disco items that say they are text
     * conferences (XEP-0045 §6.1), in the server's order.
     */
    public CompletableFuture<List<Jid>> services() {
        AccountSession s;
        try {
            s = online();
        } catch (NotConnectedException e) {
            return CompletableFuture.failedFuture(e);
        }
        Jid server = Jid.domain(s.jid().domain());
        return s.discovery().items(server).thenCompose(items -> {
            List<CompletableFuture<Jid>> checks = items.items().stream().map(item -> s.discovery().info(item.jid())
                    .handle((info, failure) -> failure == null && info.identities().stream()
                            .anyMatch(i -> "conference".equals(i.category()) && "text".equals(i.type()))
                            ? item.jid() : null)).toList();
            return CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new)).thenApply(v -> checks.stream()
                    .map(CompletableFuture::join).filter(java.util.Objects::nonNull).toList());
        });
    }

    /**
     * The public rooms of {@code service}, up to {@code cap}: a huge service is listed in part,
     * not without end. The first request carries no RSM (Prosody answers a paged request with
     * nothing); a service that pages anyway says so in its answer, and is followed 100 at a time.
     */
    public CompletableFuture<List<DiscoItems.Item>> listRooms(Jid service, int cap) {
        RoomDirectory directory;
        try {
            directory = new RoomDirectory(online().client());
        } catch (NotConnectedException e) {
            return CompletableFuture.failedFuture(e);
        }
        List<DiscoItems.Item> found = new java.util.concurrent.CopyOnWriteArrayList<>();
        return directory.rooms(service, null).thenCompose(page -> collect(directory, service, page, found, cap));
    }

    private static CompletableFuture<List<DiscoItems.Item>> collect(RoomDirectory directory, Jid service,
            RoomDirectory.RoomPage page, List<DiscoItems.Item> found, int cap) {
        found.addAll(page.rooms());
        if (found.size() >= cap || page.rooms().isEmpty()) {
            return CompletableFuture.completedFuture(List.copyOf(found.subList(0, Math.min(cap, found.size()))));
        }
        return directory.next(service, page, LISTING_PAGE)
                .map(next -> next.thenCompose(p -> collect(directory, service, p, found, cap)))
                .orElseGet(() -> CompletableFuture.completedFuture(List.copyOf(found)));
    }

    /** The manager of the session online now, listened to. */
    public RoomManager rooms() throws NotConnectedException {
        return attach(online());
    }

    /** Moderation and the owner's work on the session online now. */
    public RoomAdministration administration() throws NotConnectedException {
        AccountSession s = online();
        attach(s);
        return s.roomAdministration();
    }

    private AccountSession online() throws NotConnectedException {
        AccountSession s = onlineSession.get();
        if (s == null) {
            throw new NotConnectedException("the account is offline");
        }
        return s;
    }

    /**
     * The bring-up step: joins every wanted room and every room bookmarked with autojoin on a
     * fresh session. A wanted room whose bookmark another client turned autojoin off for while we
     * were away is no longer wanted. Failures are logged and told as events.
     */
    CompletionStage<?> bringUp(AccountSession session) {
        RoomManager rooms = attach(session);
        return bookmarks.fetch(session).thenCompose(found -> {
            Map<Jid, Membership> toJoin = new LinkedHashMap<>(wanted);
            for (Bookmark b : found) {
                if (!b.autojoin()) {
                    toJoin.remove(b.room());
                    wanted.remove(b.room());
                } else {
                    toJoin.putIfAbsent(b.room(), new Membership(b.room(), RoomBookmarks.nick(b, session),
                            b.conference().password()));
                }
            }
            return CompletableFuture.allOf(toJoin.values().stream()
                    .map(m -> rooms.joinExisting(m.room(), m.nick(), m.password()).handle((r, e) -> {
                        if (e != null) {
                            LOG.log(Level.WARNING, "could not join " + m.room() + " again", e);
                        } else {
                            wanted.putIfAbsent(r.jid(), new Membership(r.jid(), r.nick(), m.password()));
                        }
                        return null;
                    })).toArray(CompletableFuture[]::new));
        });
    }

    /** Another client (or this one) changed a bookmark: join or leave as it now says (XEP-0402 §4). */
    private void onBookmark(AccountSession session, BookmarkEvent event) {
        Jid room = event.room();
        // What this client stored or removed itself comes back from the server: nothing to do again.
        boolean known = event instanceof BookmarkEvent.Stored stored
                ? bookmarks.of(room).filter(stored.bookmark()::equals).isPresent() : bookmarks.of(room).isEmpty();
        bookmarks.heard(event);
        if (known) {
            return;
        }
        if (event instanceof BookmarkEvent.Stored stored && stored.bookmark().autojoin()) {
            Bookmark b = stored.bookmark();
            if (wanted.containsKey(room) || session.rooms().room(room).isPresent() || !autojoining.add(room)) {
                return;
            }
            session.rooms().joinExisting(room, RoomBookmarks.nick(b, session), b.conference().password()).whenComplete((r, e) -> {
                autojoining.remove(room);
                if (e != null) {
                    LOG.log(Level.WARNING, "could not join the newly bookmarked " + room, e);
                } else {
                    wanted.put(room, new Membership(room, r.nick(), b.conference().password()));
                }
            });
        } else if (wanted.remove(room) != null) {
            session.rooms().leave(room, null).exceptionally(e -> {
                LOG.log(Level.WARNING, "could not leave " + room + " as its bookmark says", e);
                return null;
            });
        }
    }

    private RoomManager attach(AccountSession session) {
        synchronized (attachLock) {
            if (attached != session) {
                listening.close();
                attached = session;
                listening = Registration.all(session.rooms().addListener(e -> onEvent(session, e)),
                        session.bookmarks().addListener(e -> onBookmark(session, e)));
            }
            return session.rooms();
        }
    }

    /**
     * Keeps the history of archived rooms (MAM) in {@code store}: caught up after each join, as
     * such rooms are joined without history.
     */
    void keepHistoryIn(HistoryStore store) {
        history = new RoomHistorySync(store, publish);
    }

    private void onEvent(AccountSession session, RoomEvent event) {
        RoomHistorySync sync = history;
        if (event instanceof RoomEvent.Joined joined && sync != null && session.rooms().room(joined.room())
                .flatMap(Room::info).map(RoomInfo::archived).orElse(false)) {
            sync.catchUp(session.mam(), joined.room(), joined.self().nick()).exceptionally(e -> {
                LOG.log(Level.WARNING, "could not catch up with the archive of " + joined.room(), e);
                return null;
            });
        }
        if (event instanceof RoomEvent.Joined joined) {
            gone.remove(joined.room());
        }
        if (event instanceof RoomEvent.Left left && !left.departure().rejoin()) {
            wanted.remove(left.room());
            outbox.roomLeft(left.room(), "You left the room before it could be sent.");
            if (left.departure() == Departure.BANNED || left.departure() == Departure.DESTROYED) {
                // Joining again would fail, or create the destroyed room anew.
                bookmarks.left(session, left.room());
            }
        } else if (event instanceof RoomEvent.Gone ended) {
            // Destroyed while the user was away: as if they had seen it destroyed.
            gone.add(ended.room());
            wanted.remove(ended.room());
            outbox.roomLeft(ended.room(), "The room no longer exists.");
            bookmarks.left(session, ended.room());
        } else if (event instanceof RoomEvent.NickChanged renamed && renamed.self()) {
            wanted.computeIfPresent(renamed.room(), (room, m) -> new Membership(room, renamed.after().nick(), m.password()));
            bookmarks.renamed(session, renamed.room(), renamed.after().nick());
        }
        publish.accept(new AccountEvent.RoomChanged(event));
        followOutbox(session, event);
    }

    /** The user's queued messages go out on joining; the room's echo or refusal settles them. */
    private void followOutbox(AccountSession session, RoomEvent event) {
        if (event instanceof RoomEvent.Joined joined) {
            for (TrackedMessage m : outbox.queuedFor(joined.room())) {
                outbox.send(session.client(), m);
            }
        } else if (event instanceof RoomEvent.RoomMessage echo && echo.mine()) {
            Message m = echo.message();
            outbox.echoed(echo.room(), StableIds.originId(m).map(OriginId::id).orElse(m.id()));
        } else if (event instanceof RoomEvent.MessageRefused refused) {
            String why = refused.error().text();
            outbox.refused(refused.room(), refused.messageId(), why == null || why.isBlank()
                    ? "The room refused it (" + refused.error().condition().elementName() + ")." : "The room refused it: " + why);
        }
    }
}
