package im.parley.ui.rooms;

import im.parley.xmpp.ext.sid.StableIds;
import im.parley.client.OutgoingKind;
import im.parley.client.TrackedMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import im.parley.client.DeliveryState;
import im.parley.client.history.HistoryMessage;
import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.Departure;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.ext.muc.Role;
import im.parley.xmpp.ext.muc.Room;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.ext.sid.StanzaId;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class RoomViewModelTest {
    private static final Jid ROOM = Jid.of("lounge@conference.example.org");
    private static final Executor NOW = Runnable::run;

    private final List<HistoryMessage> stored = new ArrayList<>();
    private final List<String> sent = new ArrayList<>();
    private boolean offline;

    private final RoomViewModel.RoomAccess access = new RoomViewModel.RoomAccess() {
        @Override
        public Optional<Room> room() {
            return Optional.empty();
        }

        @Override
        public List<HistoryMessage> storedPage(int limit) {
            return stored;
        }

        @Override
        public void send(String body) throws Exception {
            if (offline) {
                throw new IllegalStateException("offline");
            }
            sent.add(body);
        }

        @Override
        public void markRead() {
            reads++;
        }

        @Override
        public Optional<String> knownNick() {
            return Optional.ofNullable(knownNick);
        }

        @Override
        public String defaultNick() {
            return "account";
        }

        @Override
        public CompletableFuture<?> join(String nick) {
            joinedAs.add(nick);
            return joinAnswer;
        }

        @Override
        public boolean gone() {
            return gone;
        }
    };
    private boolean gone;
    private int reads;
    private String knownNick;
    private final List<String> joinedAs = new ArrayList<>();
    private CompletableFuture<Object> joinAnswer = new CompletableFuture<>();

    private static Occupant occupant(String nick, Role role) {
        return new Occupant(ROOM.withResource(nick), role, Affiliation.NONE, null, null, null, null);
    }

    private static Message groupchat(String nick, String id, String body) {
        return Message.builder().type(Message.Type.GROUPCHAT).from(ROOM.withResource(nick)).id(id).body(body).build();
    }

    private static HistoryMessage storedMessage(long key, String nick, String id, String body) {
        return stored(key, false, nick, id, body);
    }

    private static HistoryMessage stored(long key, boolean outgoing, String nick, String id, String body) {
        return new HistoryMessage(key, ROOM.toString(), outgoing, ROOM.withResource(nick).toString(), id, null,
                Instant.parse("2026-12-04T09:00:00Z").plusSeconds(key), body, false, false, null,
                DeliveryState.DISPLAYED, Map.of(), List.of());
    }

    private RoomViewModel opened() {
        RoomViewModel model = new RoomViewModel(ROOM, access, NOW, NOW);
        model.open();
        return model;
    }

    @Test
    void storedMessagesComeFirstAndAMessageBothStoredAndLiveIsShownOnce() {
        stored.add(storedMessage(1, "anna", "m1", "good morning"));
        stored.add(storedMessage(2, "bert", "m2", "hi anna"));
        RoomViewModel model = opened();
        model.onEvent(new RoomEvent.RoomMessage(ROOM, "bert", null, groupchat("bert", "m2", "hi anna"), false, false));
        model.onEvent(new RoomEvent.RoomMessage(ROOM, "cleo", null, groupchat("cleo", "m3", "hello all"), false, false));
        assertThat(model.lines()).extracting(RoomLine::nick, RoomLine::body).containsExactly(
                org.assertj.core.groups.Tuple.tuple("anna", "good morning"),
                org.assertj.core.groups.Tuple.tuple("bert", "hi anna"),
                org.assertj.core.groups.Tuple.tuple("cleo", "hello all"));
        assertThat(reads).as("read on opening and on the one new message").isEqualTo(2);
    }

    @Test
    void anotherRoomsEventsAreNotShown() {
        RoomViewModel model = opened();
        Jid other = Jid.of("other@conference.example.org");
        model.onEvent(new RoomEvent.RoomMessage(other, "x", null, groupchat("x", "o1", "elsewhere"), false, false));
        model.onEvent(new RoomEvent.OccupantJoined(other, new Occupant(other.withResource("x"), Role.PARTICIPANT,
                Affiliation.NONE, null, null, null, null)));
        assertThat(model.lines()).isEmpty();
        assertThat(model.occupantRows()).isEmpty();
    }

    @Test
    void occupantsAreGroupedByRoleAndFollowJoinsRenamesAndDepartures() {
        RoomViewModel model = opened();
        model.onEvent(new RoomEvent.Joined(ROOM, occupant("me", Role.PARTICIPANT),
                List.of(occupant("me", Role.PARTICIPANT), occupant("zed", Role.MODERATOR),
                        occupant("amy", Role.PARTICIPANT)), Set.of()));
        model.onEvent(new RoomEvent.OccupantJoined(ROOM, occupant("lurker", Role.VISITOR)));
        model.onEvent(new RoomEvent.NickChanged(ROOM, occupant("amy", Role.PARTICIPANT),
                occupant("amelia", Role.PARTICIPANT), false));
        model.onEvent(new RoomEvent.OccupantLeft(ROOM, occupant("lurker", Role.VISITOR), Departure.LEFT, null, null));
        assertThat(model.occupantRows()).containsExactly(
                new OccupantRow.Heading(Role.MODERATOR, 1), new OccupantRow.Entry(occupant("zed", Role.MODERATOR)),
                new OccupantRow.Heading(Role.PARTICIPANT, 2),
                new OccupantRow.Entry(occupant("amelia", Role.PARTICIPANT)),
                new OccupantRow.Entry(occupant("me", Role.PARTICIPANT)));
        assertThat(model.lines()).extracting(RoomLine::body).containsExactly("amy is now known as amelia");
        assertThat(model.joinedProperty().get()).isTrue();
    }

    @Test
    void theUsersOwnOccupantFollowsTheirRoleAndIsGoneOnceOut() {
        RoomViewModel model = opened();
        assertThat(model.selfProperty().get()).isNull();
        model.onEvent(new RoomEvent.Joined(ROOM, occupant("me", Role.PARTICIPANT),
                List.of(occupant("me", Role.PARTICIPANT), occupant("bob", Role.PARTICIPANT)), Set.of()));
        assertThat(model.selfProperty().get().role()).isEqualTo(Role.PARTICIPANT);
        model.onEvent(new RoomEvent.OccupantChanged(ROOM, occupant("me", Role.PARTICIPANT),
                occupant("me", Role.MODERATOR), true));
        assertThat(model.selfProperty().get().role()).isEqualTo(Role.MODERATOR);
        model.onEvent(new RoomEvent.Left(ROOM, Departure.LEFT, null, null, null));
        assertThat(model.selfProperty().get()).isNull();
        assertThat(model.lines()).extracting(RoomLine::body).containsExactly("You are now a moderator");
    }

    @Test
    void moderationOfOthersShowsAsNoticesButPlainLeavesDoNot() {
        RoomViewModel model = opened();
        model.onEvent(new RoomEvent.Joined(ROOM, occupant("me", Role.MODERATOR),
                List.of(occupant("me", Role.MODERATOR), occupant("bob", Role.VISITOR), occupant("eve", Role.PARTICIPANT),
                        occupant("amy", Role.PARTICIPANT)), Set.of()));
        model.onEvent(new RoomEvent.OccupantChanged(ROOM, occupant("bob", Role.VISITOR),
                occupant("bob", Role.PARTICIPANT), false));
        model.onEvent(new RoomEvent.OccupantLeft(ROOM, occupant("eve", Role.PARTICIPANT), Departure.KICKED, "me",
                "spam"));
        model.onEvent(new RoomEvent.OccupantLeft(ROOM, occupant("amy", Role.PARTICIPANT), Departure.LEFT, null, null));
        model.report("Could not ban bob: the room does not allow it.");
        assertThat(model.lines()).extracting(RoomLine::body).containsExactly("bob has voice now",
                "eve was kicked by me: spam");
        assertThat(model.problemProperty().get()).isEqualTo("Could not ban bob: the room does not allow it.");
    }

    @Test
    void tabCompletesOtherPeoplesNicksNotOurOwn() {
        RoomViewModel model = opened();
        model.onEvent(new RoomEvent.Joined(ROOM, occupant("Ann", Role.PARTICIPANT),
                List.of(occupant("Ann", Role.PARTICIPANT), occupant("anton", Role.PARTICIPANT),
                        occupant("Anna", Role.PARTICIPANT), occupant("bert", Role.PARTICIPANT)), Set.of()));
        assertThat(model.nicksStartingWith("an")).containsExactly("Anna", "anton");
    }

    @Test
    void sendingClearsTheDraftAndAFailureGivesItBackWithASentence() {
        RoomViewModel model = opened();
        model.draftProperty().set("  hello room  ");
        assertThat(model.send()).isTrue();
        assertThat(sent).containsExactly("hello room");
        assertThat(model.draftProperty().get()).isEmpty();
        assertThat(model.send()).as("nothing to send").isFalse();

        offline = true;
        model.draftProperty().set("are you there?");
        model.send();
        assertThat(model.draftProperty().get()).isEqualTo("are you there?");
        assertThat(model.problemProperty().get()).contains("not in the room");
    }

    @Test
    void beingKickedSaysSoAndEmptiesTheOccupantsWhileADropPromisesARejoin() {
        RoomViewModel model = opened();
        model.onEvent(new RoomEvent.Joined(ROOM, occupant("me", Role.PARTICIPANT),
                List.of(occupant("me", Role.PARTICIPANT)), Set.of()));
        model.onEvent(new RoomEvent.Left(ROOM, Departure.KICKED, "mod", "spamming", null));
        assertThat(model.joinedProperty().get()).isFalse();
        assertThat(model.occupantRows()).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo("You are no longer in this room: spamming");
        model.onEvent(new RoomEvent.Left(ROOM, Departure.SHUTDOWN, null, null, null));
        assertThat(model.problemProperty().get()).contains("joins it again");
    }

    @Test
    void aRoomFoundGoneSaysSoInsteadOfPromisingARejoin() {
        RoomViewModel model = opened();
        model.onEvent(new RoomEvent.Joined(ROOM, occupant("me", Role.PARTICIPANT),
                List.of(occupant("me", Role.PARTICIPANT), occupant("ann", Role.PARTICIPANT)), Set.of()));
        model.onEvent(new RoomEvent.Left(ROOM, Departure.SHUTDOWN, null, null, null));
        model.onEvent(new RoomEvent.Gone(ROOM));
        assertThat(model.joinedProperty().get()).isFalse();
        assertThat(model.occupantRows()).isEmpty();
        assertThat(model.problemProperty().get())
                .isEqualTo("This room no longer exists on " + ROOM.domain() + ": it ended while you were away.");
        assertThat(model.goneProperty().get()).isTrue();
        // Made again by joining it: an ordinary room from then on.
        model.onEvent(new RoomEvent.Joined(ROOM, occupant("me", Role.MODERATOR), List.of(occupant("me", Role.MODERATOR)),
                Set.of()));
        assertThat(model.goneProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isNull();
    }

    @Test
    void aRoomAlreadyFoundGoneSaysSoWhenOpened() {
        gone = true;
        RoomViewModel model = opened();
        assertThat(model.joinedProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).startsWith("This room no longer exists on ");
        assertThat(model.goneProperty().get()).isTrue();
    }

    @Test
    void aMessageNamingTheUserIsMarkedAsAMention() {
        RoomViewModel model = opened();
        model.onEvent(new RoomEvent.Joined(ROOM, occupant("ann", Role.PARTICIPANT),
                List.of(occupant("ann", Role.PARTICIPANT)), Set.of()));
        model.onEvent(new RoomEvent.RoomMessage(ROOM, "bert", null, groupchat("bert", "x1", "Ann: coffee?"), false, false));
        model.onEvent(new RoomEvent.RoomMessage(ROOM, "bert", null, groupchat("bert", "x2", "annual report"), false,
                false));
        model.onEvent(new RoomEvent.RoomMessage(ROOM, "ann", null, groupchat("ann", "x3", "ann is me"), false, true));
        assertThat(model.lines()).extracting(RoomLine::mention).containsExactly(true, false, false);
    }

    /** "Join" uses the bookmarked (or current) nick, else the user's last nick in the stored conversation, else the account's name. */
    @Test
    void joinPicksTheKnownNickThenTheLastStoredOwnNickThenTheAccountName() {
        RoomViewModel fresh = opened();
        assertThat(fresh.joinedProperty().get()).isFalse();
        assertThat(fresh.joinNick()).isEqualTo("account");

        stored.add(stored(1, true, "old-me", "m1", "earlier"));
        stored.add(storedMessage(2, "anna", "m2", "hi"));
        stored.add(stored(3, true, "newer-me", "m3", "later"));
        assertThat(opened().joinNick()).isEqualTo("newer-me");

        knownNick = "bookmarked";
        RoomViewModel model = opened();
        model.join();
        assertThat(joinedAs).containsExactly("bookmarked");
        assertThat(model.joiningProperty().get()).isTrue();
        model.join();
        assertThat(joinedAs).as("no second join while one is on its way").hasSize(1);
        joinAnswer.complete(null);
        assertThat(model.joiningProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isNull();
    }

    @Test
    void aRefusedJoinIsShownAsTheProblem() {
        RoomViewModel model = opened();
        joinAnswer = CompletableFuture.failedFuture(new IllegalStateException("banned"));
        model.join();
        assertThat(model.joiningProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("Could not join the room as account: banned");
    }

    /** XEP-0425: a moderated message keeps its place, sender and time; its text gives way to who removed it and why. */
    @Test
    void aModeratedMessageBecomesATombstoneLiveAndFromTheArchive() {
        stored.add(new HistoryMessage(1, ROOM.toString(), false, ROOM.withResource("spammer").toString(), "s1", "sid-1",
                Instant.parse("2026-12-04T09:00:01Z"), "", false, true, null, DeliveryState.DISPLAYED, Map.of(),
                List.of(), ROOM.withResource("mod").toString(), "spam"));
        stored.add(storedMessage(2, "anna", "s2", "hello"));
        RoomViewModel model = opened();
        Message live = Message.builder().type(Message.Type.GROUPCHAT).from(ROOM.withResource("spammer")).id("x1")
                .body("buy now").payload(new StanzaId("sid-9", ROOM).toXml()).build();
        model.onEvent(new RoomEvent.RoomMessage(ROOM, "spammer", null, live, false, false));
        model.onEvent(new RoomEvent.RoomMessage(ROOM, "bert", null, groupchat("bert", "x2", "hi"), false, false));

        model.onEvent(new RoomEvent.MessageModerated(ROOM, "sid-9", ROOM.withResource("mod"), null, null));
        model.onEvent(new RoomEvent.MessageModerated(ROOM, "sid-unknown", ROOM.withResource("mod"), null, "gone"));

        assertThat(model.lines()).extracting(RoomLine::nick, RoomLine::body, RoomLine::removed).containsExactly(
                tuple("spammer", "Removed by a moderator: spam", true),
                tuple("anna", "hello", false),
                tuple("spammer", "Removed by a moderator", true),
                tuple("bert", "hi", false));
    }

    @Test
    void theUsersMessageShowsAsSendingAtOnceThenOnceWhenTheRoomEchoesIt() {
        RoomViewModel model = opened();
        TrackedMessage queued = new TrackedMessage("o-1", ROOM, "on my way", Instant.EPOCH, DeliveryState.QUEUED, null,
                new OutgoingKind.Plain(), ROOM.withResource("me"));
        model.own(queued);
        assertThat(model.lines()).singleElement().satisfies(line -> {
            assertThat(line.pending()).isTrue();
            assertThat(line.nick()).isEqualTo("me");
        });
        model.own(new TrackedMessage("o-1", ROOM, "on my way", Instant.EPOCH, DeliveryState.SENT, null,
                new OutgoingKind.Plain(), ROOM.withResource("me")));
        Message echo = StableIds.withOriginId(Message.builder().type(Message.Type.GROUPCHAT)
                .from(ROOM.withResource("me")).id("o-1").body("on my way")
                .payload(new StanzaId("room-sid-1", ROOM).toXml()).build(), "o-1");
        model.onEvent(new RoomEvent.RoomMessage(ROOM, "me", null, echo, false, true));
        assertThat(model.lines()).singleElement().satisfies(line -> {
            assertThat(line.pending()).isFalse();
            assertThat(line.delivery()).isEqualTo(DeliveryState.DELIVERED);
            assertThat(line.stanzaId()).as("the room's id, for moderation").isEqualTo("room-sid-1");
        });
        model.own(new TrackedMessage("o-1", ROOM, "on my way", Instant.EPOCH, DeliveryState.SENT, null,
                new OutgoingKind.Plain(), ROOM.withResource("me")));
        assertThat(model.lines().get(0).delivery()).as("never back to sending").isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void aRefusedMessageSaysWhyAndCanBeSentAgainAsANewOne() {
        RoomViewModel model = opened();
        model.own(new TrackedMessage("o-2", ROOM, "let me speak", Instant.EPOCH, DeliveryState.QUEUED, null,
                new OutgoingKind.Plain(), ROOM.withResource("me")));
        model.own(new TrackedMessage("o-2", ROOM, "let me speak", Instant.EPOCH, DeliveryState.FAILED,
                "The room refused it (forbidden).", new OutgoingKind.Plain(), ROOM.withResource("me")));
        RoomLine failed = model.lines().get(0);
        assertThat(failed.failed()).isTrue();
        assertThat(failed.failure()).contains("forbidden");
        model.sendAgain(failed);
        assertThat(sent).containsExactly("let me speak");
    }

    @Test
    void anotherRoomsOwnMessagesAndChatMessagesAreNotShown() {
        RoomViewModel model = opened();
        model.own(new TrackedMessage("o-3", Jid.of("other@rooms.example"), "elsewhere", Instant.EPOCH,
                DeliveryState.QUEUED, null, new OutgoingKind.Plain(), Jid.of("other@rooms.example/me")));
        model.own(new TrackedMessage("o-4", ROOM, "a chat", Instant.EPOCH, DeliveryState.QUEUED, null));
        assertThat(model.lines()).isEmpty();
    }

    @Test
    void theUsersStoredMessagesKeepTheirStateAndAreNotShownTwiceWhenEchoedAgain() {
        stored.add(new HistoryMessage(1, ROOM.toString(), true, ROOM.withResource("me").toString(), "o-5", null,
                Instant.parse("2026-12-04T09:00:00Z"), "written offline", false, false, null, DeliveryState.QUEUED,
                Map.of(), List.of()));
        RoomViewModel model = opened();
        assertThat(model.lines()).singleElement().satisfies(line -> assertThat(line.pending()).isTrue());
        model.onEvent(new RoomEvent.RoomMessage(ROOM, "me", null,
                StableIds.withOriginId(groupchat("me", "o-5", "written offline"), "o-5"), false, true));
        assertThat(model.lines()).singleElement().satisfies(line -> assertThat(line.pending()).isFalse());
    }
}
