package im.parley.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountEvent;
import im.parley.client.ChatMessages;
import im.parley.client.call.CallOutcome;
import im.parley.client.call.CallRecord;
import im.parley.xmpp.ext.carbons.CarbonCopy;
import im.parley.xmpp.ext.correction.Replace;
import im.parley.xmpp.im.SubscriptionEvent;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationPolicyTest {
    private static final Jid ALICE = Jid.of("alice@example.org");
    private static final Jid BOB = Jid.of("bob@example.org");
    private static final Jid CAROL = Jid.of("carol@example.org");

    private final NotificationPolicy policy = new NotificationPolicy();

    /** Notifications on with sound and text, available, window not focused, nothing open, nothing muted. */
    private static NotificationPolicy.Situation normal() {
        return situation(NotificationSettings.DEFAULT, false, false, null, Set.of());
    }

    private static NotificationPolicy.Situation situation(NotificationSettings settings, boolean dnd, boolean focused,
                                                          Jid inView, Set<Jid> muted) {
        Map<Jid, String> names = Map.of(BOB, "Bob Builder");
        return new NotificationPolicy.Situation(settings, dnd, focused, inView, muted::contains, names::get);
    }

    private static Message chat(Jid from, String body) {
        return Message.builder().from(from.withResource("phone")).to(ALICE).type(Message.Type.CHAT).id("m1")
                .body(body).build();
    }

    private static AccountEvent received(Jid from, String body) {
        return new AccountEvent.MessageReceived(ChatMessages.of(chat(from, body)).orElseThrow(), null);
    }

    private Optional<Notification> decide(AccountEvent event, NotificationPolicy.Situation now) {
        return policy.decide(ALICE, event, now);
    }

    @Test
    void aMessageNotifiesWithTheRosterNameTheTextAndTheSound() {
        assertThat(decide(received(BOB, "Can we fix it?"), normal())).contains(new Notification(
                Notification.Kind.MESSAGE, ALICE, BOB, "Bob Builder", "Can we fix it?", true));
    }

    @Test
    void aNudgeNotifiesUnlessItsConversationIsInViewOrMuted() {
        AccountEvent nudge = new AccountEvent.AttentionRequested(BOB.withResource("phone"));
        assertThat(decide(nudge, normal())).contains(new Notification(
                Notification.Kind.MESSAGE, ALICE, BOB, "Bob Builder", "wants your attention", true));
        assertThat(decide(nudge, situation(NotificationSettings.DEFAULT, false, true, BOB, Set.of()))).isEmpty();
        assertThat(decide(nudge, situation(NotificationSettings.DEFAULT, false, false, null, Set.of(BOB)))).isEmpty();
        assertThat(decide(nudge, situation(NotificationSettings.DEFAULT, true, false, null, Set.of()))).isEmpty();
    }

    @Test
    void withoutARosterNameTheAddressIsTheTitle() {
        assertThat(decide(received(CAROL, "hi"), normal())).hasValueSatisfying(n ->
                assertThat(n.title()).isEqualTo("carol@example.org"));
    }

    @Test
    void theConversationInViewIsQuietOnlyWhileTheWindowHasTheFocus() {
        assertThat(decide(received(BOB, "hi"), situation(NotificationSettings.DEFAULT, false, true, BOB, Set.of())))
                .as("in view, focused").isEmpty();
        assertThat(decide(received(BOB, "hi"), situation(NotificationSettings.DEFAULT, false, false, BOB, Set.of())))
                .as("in view, window in the background").isPresent();
        assertThat(decide(received(BOB, "hi"), situation(NotificationSettings.DEFAULT, false, true, CAROL, Set.of())))
                .as("another conversation in view, focused").isPresent();
    }

    @Test
    void doNotDisturbSilencesEverything() {
        NotificationPolicy.Situation dnd = situation(NotificationSettings.DEFAULT, true, false, null, Set.of());
        assertThat(decide(received(BOB, "hi"), dnd)).isEmpty();
        assertThat(decide(new AccountEvent.SubscriptionChanged(
                new SubscriptionEvent(SubscriptionEvent.Kind.REQUEST, CAROL, null)), dnd)).isEmpty();
    }

    @Test
    void aMutedConversationDoesNotNotifyOthersStillDo() {
        NotificationPolicy.Situation bobMuted = situation(NotificationSettings.DEFAULT, false, false, null, Set.of(BOB));
        assertThat(decide(received(BOB, "hi"), bobMuted)).isEmpty();
        assertThat(decide(received(CAROL, "hi"), bobMuted)).isPresent();
    }

    @Test
    void notificationsOffMeansNoneAndSoundOffMeansSilent() {
        assertThat(decide(received(BOB, "hi"), situation(new NotificationSettings(false, true, true), false, false,
                null, Set.of()))).isEmpty();
        assertThat(decide(received(BOB, "hi"), situation(new NotificationSettings(true, false, true), false, false,
                null, Set.of()))).hasValueSatisfying(n -> assertThat(n.sound()).isFalse());
    }

    @Test
    void privacyModeSaysOnlyWhoWrote() {
        NotificationPolicy.Situation privacy = situation(new NotificationSettings(true, true, false), false, false,
                null, Set.of());
        assertThat(decide(received(BOB, "the door code is 4711"), privacy)).hasValueSatisfying(n -> {
            assertThat(n.title()).isEqualTo("Parley");
            assertThat(n.text()).isEqualTo("New message from Bob Builder").doesNotContain("4711");
        });
    }

    @Test
    void aReceivedCarbonNotifiesASentOneOrACarbonCorrectionDoesNot() {
        assertThat(decide(new AccountEvent.CarbonCopied(CarbonCopy.Direction.RECEIVED, BOB, chat(BOB, "to your phone")),
                normal())).hasValueSatisfying(n -> assertThat(n.text()).isEqualTo("to your phone"));
        Message own = Message.builder().from(ALICE.withResource("phone")).to(BOB).type(Message.Type.CHAT).id("o1")
                .body("sent from my phone").build();
        assertThat(decide(new AccountEvent.CarbonCopied(CarbonCopy.Direction.SENT, BOB, own), normal())).isEmpty();
        Message correction = chat(BOB, "fixed").toBuilder().payload(new Replace("m0").toXml()).build();
        assertThat(decide(new AccountEvent.CarbonCopied(CarbonCopy.Direction.RECEIVED, BOB, correction), normal()))
                .isEmpty();
    }

    @Test
    void historyAndOtherEventsNeverNotify() {
        assertThat(decide(new AccountEvent.HistorySynced(ALICE, 40, true, null), normal())).isEmpty();
        assertThat(decide(new AccountEvent.MessageCorrected(BOB, "m0", chat(BOB, "fixed")), normal())).isEmpty();
        assertThat(decide(new AccountEvent.SubscriptionChanged(
                new SubscriptionEvent(SubscriptionEvent.Kind.APPROVED, BOB, null)), normal())).isEmpty();
    }

    @Test
    void longTextIsOneLineCutTo120CharactersWithAnEllipsis() {
        String text = decide(received(BOB, "line one\n\nline two " + "x".repeat(200)), normal()).orElseThrow().text();
        assertThat(text).startsWith("line one line two xxx").endsWith("…").doesNotContain("\n");
        assertThat(text.codePointCount(0, text.length())).isEqualTo(NotificationPolicy.MAX_TEXT);
        String exact = "y".repeat(NotificationPolicy.MAX_TEXT);
        assertThat(decide(received(BOB, exact), normal()).orElseThrow().text()).isEqualTo(exact);
    }

    @Test
    void emojiAreNeverCutInHalf() {
        String text = decide(received(BOB, "😀".repeat(150)), normal()).orElseThrow().text();
        assertThat(text).isEqualTo("😀".repeat(NotificationPolicy.MAX_TEXT - 1) + "…");
    }

    @Test
    void bidiControlsAreRemovedAndMeIsAnAction() {
        assertThat(decide(received(BOB, "abc\u202Efdp.exe"), normal()).orElseThrow().text()).isEqualTo("abcfdp.exe");
        assertThat(decide(received(BOB, "/me waves"), normal()).orElseThrow().text()).isEqualTo("* Bob Builder waves");
    }

    @Test
    void aContactRequestNamesTheRequesterWithTheAddressBesideAnOfferedNick() {
        assertThat(decide(new AccountEvent.SubscriptionChanged(
                new SubscriptionEvent(SubscriptionEvent.Kind.REQUEST, CAROL, "Carol")), normal())).contains(
                new Notification(Notification.Kind.SUBSCRIPTION_REQUEST, ALICE, CAROL, "Contact request",
                        "Carol (carol@example.org) wants to add you as a contact.", true));
        assertThat(decide(new AccountEvent.SubscriptionChanged(
                new SubscriptionEvent(SubscriptionEvent.Kind.REQUEST, BOB, "Bobby")), normal()).orElseThrow().text())
                .isEqualTo("Bob Builder wants to add you as a contact.");
    }

    @Test
    void aContactRequestIsShownEvenWhileTheWindowHasTheFocus() {
        assertThat(decide(new AccountEvent.SubscriptionChanged(
                new SubscriptionEvent(SubscriptionEvent.Kind.REQUEST, CAROL, null)),
                situation(NotificationSettings.DEFAULT, false, true, CAROL, Set.of()))).isPresent();
    }

    private static final Jid ROOM = Jid.of("lounge@conference.example.org");

    private static AccountEvent inRoom(String nick, String body, boolean mine, boolean history) {
        Message m = Message.builder().from(ROOM.withResource(nick)).to(ALICE).type(Message.Type.GROUPCHAT).id("r1")
                .body(body).build();
        return new AccountEvent.RoomChanged(new im.parley.xmpp.ext.muc.RoomEvent.RoomMessage(ROOM, nick, null, m,
                history, mine));
    }

    private static NotificationPolicy.Situation inTheLoungeAs(String nick, boolean focused, Jid inView) {
        return new NotificationPolicy.Situation(NotificationSettings.DEFAULT, false, focused, inView, j -> false,
                j -> null, room -> room.equals(ROOM) ? nick : null);
    }

    @Test
    void aRoomFoundGoneIsToldQuietlyByItsNameUnlessNotificationsAreOff() {
        AccountEvent gone = new AccountEvent.RoomChanged(new im.parley.xmpp.ext.muc.RoomEvent.Gone(ROOM));
        NotificationPolicy.Situation named = new NotificationPolicy.Situation(NotificationSettings.DEFAULT, false, false,
                null, j -> false, j -> null, room -> null, room -> room.equals(ROOM) ? "The\n  Lounge" : null);
        assertThat(decide(gone, named)).contains(new Notification(Notification.Kind.ROOM_GONE, ALICE, ROOM,
                "The Lounge no longer exists", "The room ended while you were away; Parley did not create it again.",
                false));
        assertThat(decide(gone, normal())).hasValueSatisfying(n ->
                assertThat(n.title()).isEqualTo(ROOM.local() + " no longer exists"));
        assertThat(decide(gone, situation(NotificationSettings.DEFAULT, true, false, null, Set.of()))).isEmpty();
    }

    @Test
    void inARoomOnlyAMessageNamingTheUserNotifies() {
        assertThat(decide(inRoom("bob", "alice, lunch?", false, false), inTheLoungeAs("alice", false, null)))
                .contains(new Notification(Notification.Kind.MESSAGE, ALICE, ROOM, "bob in lounge", "alice, lunch?",
                        true));
        assertThat(decide(inRoom("bob", "lunch, anyone?", false, false), inTheLoungeAs("alice", false, null)))
                .as("chatter").isEmpty();
        assertThat(decide(inRoom("bob", "alice, lunch?", false, true), inTheLoungeAs("alice", false, null)))
                .as("history replayed on joining").isEmpty();
        assertThat(decide(inRoom("alice", "alice here", true, false), inTheLoungeAs("alice", false, null)))
                .as("our own").isEmpty();
        assertThat(decide(inRoom("bob", "alice, lunch?", false, false), inTheLoungeAs("alice", true, ROOM)))
                .as("the room in view").isEmpty();
    }

    @Test
    void anOccupantsPrivateMessageNotifiesLikeAChatAndOpensThatConversation() {
        Jid bob = ROOM.withResource("bob");
        Message m = Message.builder().from(bob).to(ALICE).type(Message.Type.CHAT).id("p1").body("psst").build();
        AccountEvent pm = new AccountEvent.RoomChanged(new im.parley.xmpp.ext.muc.RoomEvent.PrivateMessage(ROOM, bob,
                null, m));
        assertThat(decide(pm, inTheLoungeAs("alice", false, null)))
                .contains(new Notification(Notification.Kind.MESSAGE, ALICE, bob, "bob (in lounge)", "psst", true));
        assertThat(decide(pm, inTheLoungeAs("alice", true, bob))).as("that conversation in view").isEmpty();
        assertThat(decide(pm, inTheLoungeAs("alice", true, ROOM))).as("the room in view is another conversation")
                .isPresent();
    }

    private static AccountEvent callEnded(boolean incoming, CallOutcome outcome) {
        Instant t = Instant.parse("2026-12-04T10:00:00Z");
        return new AccountEvent.CallEnded(new CallRecord("sid", BOB.withResource("phone"), incoming, true, t, null,
                t.plusSeconds(30), outcome));
    }

    @Test
    void aMissedIncomingCallNotifiesAndOtherEndsDoNot() {
        assertThat(decide(callEnded(true, CallOutcome.MISSED), normal())).contains(new Notification(
                Notification.Kind.MISSED_CALL, ALICE, BOB, "Bob Builder", "Missed video call", true));
        assertThat(decide(callEnded(false, CallOutcome.MISSED), normal())).as("the user's own call rang out").isEmpty();
        assertThat(decide(callEnded(true, CallOutcome.DECLINED), normal())).isEmpty();
        assertThat(decide(callEnded(true, CallOutcome.MISSED), situation(NotificationSettings.DEFAULT, false, false,
                null, Set.of(BOB)))).as("muted").isEmpty();
        assertThat(decide(callEnded(true, CallOutcome.MISSED), situation(NotificationSettings.DEFAULT, true, false,
                null, Set.of()))).as("do not disturb").isEmpty();
    }
}
