package im.parley.ui.rooms;

import im.parley.client.DeliveryState;
import im.parley.client.TrackedMessage;
import im.parley.client.history.HistoryMessage;
import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.ext.muc.Role;
import im.parley.xmpp.ext.muc.Room;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.ext.sid.OriginId;
import im.parley.xmpp.ext.sid.StableIds;
import im.parley.xmpp.ext.sid.StanzaId;
import im.parley.xmpp.ext.styling.MessageStyling;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One group room as the app shows it: the stored conversation, then what arrives live, each
 * message once; the occupants by role; the subject; and the composer's text. Events come in
 * through {@link #onEvent} on the UI thread; stored history and sending go through {@code io}.
 */
public final class RoomViewModel {
    private static final Logger LOG = Logger.getLogger(RoomViewModel.class.getName());
    /** Enough to fill the window and some; older history waits for the room's archive. */
    static final int PAGE = 200;
    private static final List<Role> ROLE_ORDER = List.of(Role.MODERATOR, Role.PARTICIPANT, Role.VISITOR);

    /** What the room needs of the account. */
    public interface RoomAccess {
        /** The room as the session knows it now, if the user is in it. */
        Optional<Room> room();

        /** The newest stored messages of the room, oldest first. */
        List<HistoryMessage> storedPage(int limit);

        /** Sends a message to the whole room; its local echo and its delivery come back through {@link #own}. */
        void send(String body) throws Exception;

        /** Everything in the room so far has been seen. */
        void markRead();

        /** The nick the account would join with again: the one it is in the room with, else its bookmark's. */
        Optional<String> knownNick();

        /** The nick when nothing else names one: the account's own name. */
        String defaultNick();

        /** Joins the room as {@code nick}; completes once in, fails with why not. */
        CompletableFuture<?> join(String nick);

        /** Whether joining the room again found it no longer exists. */
        boolean gone();
    }

    private final Jid room;
    private final RoomAccess access;
    private final Executor io;
    private final Executor ui;
    private final ObservableList<RoomLine> lines = FXCollections.observableArrayList();
    private final ObservableList<OccupantRow> occupantRows = FXCollections.observableArrayList();
    private final Map<String, Occupant> occupants = new LinkedHashMap<>();
    private final Set<String> shownIds = new HashSet<>();
    private final ReadOnlyStringWrapper subject = new ReadOnlyStringWrapper(this, "subject", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper joined = new ReadOnlyBooleanWrapper(this, "joined");
    private final ReadOnlyBooleanWrapper gone = new ReadOnlyBooleanWrapper(this, "gone");
    private final ReadOnlyBooleanWrapper joining = new ReadOnlyBooleanWrapper(this, "joining");
    private final ReadOnlyObjectWrapper<Occupant> self = new ReadOnlyObjectWrapper<>(this, "self");
    private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
    private final Collator collator = Collator.getInstance(Locale.getDefault());
    private String ownNick;
    /** The user's nick in the stored conversation, from the newest of their own messages. */
    private String storedOwnNick;

    public RoomViewModel(Jid room, RoomAccess access, Executor io, Executor ui) {
        this.room = room.bare();
        this.access = access;
        this.io = io;
        this.ui = ui;
        collator.setStrength(Collator.PRIMARY);
    }

    /** Shows the room as the session has it, then loads the stored conversation off the UI thread. */
    public void open() {
        if (access.gone()) {
            gone.set(true);
            problem.set(goneProblem());
        }
        access.room().ifPresent(r -> {
            ownNick = r.nick();
            joined.set(r.isJoined());
            subject.set(r.subject() == null ? "" : r.subject());
            r.occupants().forEach(o -> occupants.put(o.nick(), o));
            rebuildOccupants();
        });
        io.execute(() -> {
            List<HistoryMessage> stored;
            try {
                stored = access.storedPage(PAGE);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not read the stored messages of " + room, e);
                return;
            }
            ui.execute(() -> storedLoaded(stored));
        });
    }

    public Jid room() {
        return room;
    }

    public ObservableList<RoomLine> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }

    public ObservableList<OccupantRow> occupantRows() {
        return FXCollections.unmodifiableObservableList(occupantRows);
    }

    public ReadOnlyStringProperty subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    /** A sentence when the room refused something or the user is out of it; else null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty joinedProperty() {
        return joined.getReadOnlyProperty();
    }

    /** Whether the room was found no longer to exist: joining it makes it anew, the user its owner. */
    public ReadOnlyBooleanProperty goneProperty() {
        return gone.getReadOnlyProperty();
    }

    /** True while a join the user asked for is on its way. */
    public ReadOnlyBooleanProperty joiningProperty() {
        return joining.getReadOnlyProperty();
    }

    /** The nick "Join" uses: the bookmarked or current one, else the user's last in this room, else the account's name. */
    public String joinNick() {
        return access.knownNick().or(() -> Optional.ofNullable(storedOwnNick)).orElseGet(access::defaultNick);
    }

    /** Joins the room as {@link #joinNick()}: the room's own events then show it; a refusal becomes the problem. */
    public void join() {
        if (joined.get() || joining.get()) {
            return;
        }
        String nick = joinNick();
        joining.set(true);
        problem.set(null);
        io.execute(() -> access.join(nick).whenComplete((ok, failure) -> ui.execute(() -> {
            joining.set(false);
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                problem.set("Could not join the room as " + nick + ": " + cause.getMessage());
            }
        })));
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public int occupantCount() {
        return occupants.size();
    }

    /** Sends the draft to the room; it shows once the room echoes it. False when there was nothing to send. */
    public boolean send() {
        String body = draft.get() == null ? "" : draft.get().strip();
        if (body.isEmpty()) {
            return false;
        }
        draft.set("");
        sendOff(body, () -> draft.set(body));
        return true;
    }

    /**
     * Sends the text of one of the user's messages that failed once more, as a new message; what
     * the user is writing meanwhile stays in the composer.
     */
    public void sendAgain(RoomLine line) {
        if (line.mine() && line.failed()) {
            sendOff(line.body(), () -> { });
        }
    }

    /** Hands {@code body} to the account off the UI thread; when it is not taken, says so and runs {@code notTaken}. */
    private void sendOff(String body, Runnable notTaken) {
        io.execute(() -> {
            try {
                access.send(body);
            } catch (Exception e) {
                LOG.log(Level.INFO, "a message to " + room + " was not taken", e);
                ui.execute(() -> {
                    problem.set("Your message could not be sent: you are not in the room.");
                    notTaken.run();
                });
            }
        });
    }

    /**
     * One of the user's own messages to this room, as the account tracks it (UI thread): its
     * local echo shows at once, as sending, and follows its delivery; others are ignored.
     */
    public void own(TrackedMessage m) {
        if (!m.toRoom() || !m.to().equals(room)) {
            return;
        }
        String key = ownKey(m.originId());
        if (shownIds.add(key)) {
            lines.add(RoomLine.own(m.asOccupant().resource(), m.body(), m.created(), null, m.originId(), m.state(),
                    m.failure()));
            return;
        }
        replaceOwn(m.originId(), line -> line.delivered(m.state(), m.failure(), null));
    }

    private void replaceOwn(String ownId, UnaryOperator<RoomLine> change) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (ownId.equals(lines.get(i).ownId())) {
                lines.set(i, change.apply(lines.get(i)));
                return;
            }
        }
    }

    public void dismissProblem() {
        problem.set(null);
    }

    /** Shows {@code sentence} as the room's problem: what the user asked of the room failed. */
    void report(String sentence) {
        problem.set(sentence);
    }

    /** The user's own occupant, with their role and affiliation; null while out of the room. */
    public ReadOnlyObjectProperty<Occupant> selfProperty() {
        return self.getReadOnlyProperty();
    }

    /** Tab in the composer: the occupant nicks that start with {@code prefix}, case ignored, sorted. */
    public List<String> nicksStartingWith(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        return occupants.keySet().stream().filter(n -> !n.equals(ownNick))
                .filter(n -> n.toLowerCase(Locale.ROOT).startsWith(p)).sorted(collator).toList();
    }

    /** An event of the account's rooms (UI thread); those of other rooms are ignored. */
    public void onEvent(RoomEvent event) {
        if (!event.room().equals(room)) {
            return;
        }
        if (event instanceof RoomEvent.RoomMessage m) {
            message(m.nick(), m.message(), m.mine());
        } else if (event instanceof RoomEvent.SubjectChanged s) {
            subject.set(s.subject() == null ? "" : s.subject());
            if (s.nick() != null) {
                notice(s.nick() + " changed the subject to: " + s.subject());
            }
        } else if (event instanceof RoomEvent.Joined j) {
            ownNick = j.self().nick();
            joined.set(true);
            gone.set(false);
            problem.set(null);
            occupants.clear();
            j.occupants().forEach(o -> occupants.put(o.nick(), o));
            rebuildOccupants();
        } else if (event instanceof RoomEvent.OccupantJoined j) {
            occupants.put(j.occupant().nick(), j.occupant());
            rebuildOccupants();
        } else if (event instanceof RoomEvent.OccupantLeft l) {
            occupants.remove(l.occupant().nick());
            RoomNotices.removal(l).ifPresent(this::notice);
            rebuildOccupants();
        } else if (event instanceof RoomEvent.OccupantChanged c) {
            occupants.put(c.after().nick(), c.after());
            RoomNotices.change(c).ifPresent(this::notice);
            rebuildOccupants();
        } else if (event instanceof RoomEvent.NickChanged n) {
            occupants.remove(n.before().nick());
            occupants.put(n.after().nick(), n.after());
            if (n.self()) {
                ownNick = n.after().nick();
            }
            notice(n.before().nick() + " is now known as " + n.after().nick());
            rebuildOccupants();
        } else if (event instanceof RoomEvent.Left left) {
            joined.set(false);
            occupants.clear();
            rebuildOccupants();
            problem.set(left.departure().rejoin() ? "Disconnected from the room; Parley joins it again."
                    : "You are no longer in this room" + (left.reason() == null ? "." : ": " + left.reason()));
        } else if (event instanceof RoomEvent.Gone) {
            gone.set(true);
            joined.set(false);
            occupants.clear();
            rebuildOccupants();
            problem.set(goneProblem());
        } else if (event instanceof RoomEvent.MessageModerated mm) {
            lines.replaceAll(line -> mm.stanzaId().equals(line.stanzaId()) && !line.removed()
                    ? line.removedBecause(mm.reason()) : line);
        } else if (event instanceof RoomEvent.MessageRefused r) {
            String why = r.error().text();
            problem.set("The room refused your message" + (why == null || why.isBlank() ? "." : ": " + why));
        }
    }

    private String goneProblem() {
        return "This room no longer exists on " + room.domain() + ": it ended while you were away.";
    }

    private void notice(String text) {
        lines.add(new RoomLine(null, text, Instant.now(), false, false));
    }

    private void message(String nick, Message m, boolean mine) {
        if (nick == null || m.body().isEmpty()) {
            return;
        }
        Instant time = Delay.of(m).map(Delay::stamp).orElse(Instant.now());
        String stanzaId = StableIds.stanzaId(m, room).map(StanzaId::id).orElse(null);
        if (mine) {
            // The room's echo of the user's message: delivered, and now named by the room's id.
            String ownId = StableIds.originId(m).map(OriginId::id).orElse(m.id());
            if (ownId != null && !shownIds.add(ownKey(ownId))) {
                replaceOwn(ownId, line -> line.delivered(DeliveryState.DELIVERED, null, stanzaId));
            } else {
                lines.add(RoomLine.own(nick, m.body().get(), time, stanzaId, ownId, DeliveryState.DELIVERED, null));
            }
            return;
        }
        if (!shownIds.add(idOf(m.id(), m.from()))) {
            return;
        }
        lines.add(new RoomLine(nick, m.body().get(), time, false, Mentions.mentions(m.body().get(), ownNick),
                stanzaId, false).withUnstyled(MessageStyling.unstyled(m)));
        // The room is on screen while its view-model lives: what arrives is seen.
        io.execute(access::markRead);
    }

    /** The stored page goes before whatever arrived live meanwhile, without the messages both hold. */
    private void storedLoaded(List<HistoryMessage> stored) {
        List<RoomLine> older = new ArrayList<>();
        for (HistoryMessage h : stored) {
            Jid sender = h.sender() == null ? null : Jid.of(h.sender());
            if (h.moderated() && sender != null && shownIds.add(idOf(h.messageId(), sender))) {
                older.add(new RoomLine(sender.resource(), null, h.time(), h.outgoing(), false, h.stanzaId(), false)
                        .removedBecause(h.moderationReason()));
                continue;
            }
            if (h.body() == null || h.body().isEmpty() || h.retracted() || sender == null
                    || !shownIds.add(h.outgoing() && h.messageId() != null ? ownKey(h.messageId())
                            : idOf(h.messageId(), sender))) {
                continue;
            }
            if (h.outgoing()) {
                older.add(RoomLine.own(sender.resource(), h.body(), h.time(), h.stanzaId(), h.messageId(), h.delivery(),
                        null));
                storedOwnNick = sender.resource();
            } else {
                older.add(new RoomLine(sender.resource(), h.body(), h.time(), false, Mentions.mentions(h.body(), ownNick),
                        h.stanzaId(), false).withUnstyled(h.unstyled()));
            }
        }
        lines.addAll(0, older);
        io.execute(access::markRead);
    }

    /** The user's own messages are one line however they came: local echo, the room's echo, stored. */
    private static String ownKey(String ownId) {
        return "own|" + ownId;
    }

    private static String idOf(String messageId, Jid from) {
        // Without an id only the same sender at the same moment could clash; such a message is shown.
        return messageId == null ? java.util.UUID.randomUUID().toString() : messageId + "|" + from;
    }

    private void rebuildOccupants() {
        List<OccupantRow> rows = new ArrayList<>();
        Comparator<Occupant> byNick = Comparator.comparing(Occupant::nick, collator);
        for (Role role : ROLE_ORDER) {
            List<Occupant> members = occupants.values().stream().filter(o -> o.role() == role).sorted(byNick).toList();
            if (!members.isEmpty()) {
                rows.add(new OccupantRow.Heading(role, members.size()));
                members.forEach(o -> rows.add(new OccupantRow.Entry(o)));
            }
        }
        occupantRows.setAll(rows);
        self.set(joined.get() && ownNick != null ? occupants.get(ownNick) : null);
    }
}
