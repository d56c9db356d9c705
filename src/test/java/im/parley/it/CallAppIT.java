package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountSession;
import im.parley.client.call.Call;
import im.parley.client.call.CallEnd;
import im.parley.client.call.CallService;
import im.parley.client.call.CallSettings;
import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.ToneSource;
import im.parley.media.video.TestPatternSource;
import im.parley.xmpp.ext.jingle.Reason.Condition;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import im.parley.ui.app.OwnPresence;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calls in the desktop app against the real Prosody: the user calls a second Parley from the
 * conversation header and hangs up; the aiortc Jingle peer calls the user, who declines. The app
 * runs with ICE on loopback and a 440 Hz tone as its microphone (the machine has no sound devices).
 */
@ExtendWith(NoIoOnFxThread.class)
class CallAppIT {
    private final TestServer prosody = TestServer.prosody();
    @TempDir
    Path profile;
    private AppDriver app;

    @BeforeEach
    void loopbackCalls() throws Exception {
        System.setProperty("parley.calls.loopback", "true");
        System.setProperty("parley.calls.synthetic", "true");
        app = AppDriver.forNewUser(prosody, "caller");
    }

    @AfterEach
    void closeApp() throws Exception {
        app.close();
    }

    private Jid me() {
        return prosody.jid(app.user());
    }

    /** A new contact in the app user's roster (no subscription: the app sees only directed presence). */
    private Jid contact(String prefix, String name) throws Exception {
        Jid contact = TestSession.register(prosody, prefix);
        try (AccountSession s = new AccountSession(prosody.config(app.user()).build())) {
            s.connect();
            s.roster().set(RosterItem.of(contact, name, Set.of())).get(20, TimeUnit.SECONDS);
        }
        return contact;
    }

    /**
     * The contact online (available, so that a call to their bare JID reaches them, unseen by the
     * app), the app signed in with the conversation with {@code name} open.
     */
    private void openConversation(AccountSession contact, String name) throws Exception {
        contact.connect();
        contact.presence().sendAvailable(null, null, 0).get(10, TimeUnit.SECONDS);
        app.startAndSignIn(profile);
        app.click("#showContacts");
        app.await("#contacts");
        app.robot.doubleClickOn(name);
    }

    @Test
    void theUserCallsAContactFromTheHeaderTalksAndHangsUp() throws Exception {
        Jid carol = contact("callee", "Carol Callee");
        ReceivedAudio heardByCarol = new ReceivedAudio(null);
        CompletableFuture<Call> answered = new CompletableFuture<>();
        try (AccountSession callee = new AccountSession(prosody.config(carol, TestSession.PASSWORD).build());
             CallService calls = callee.installCalls(CallSettings.onLoopback(), call -> {
                 call.accept(new ToneSource(660, 0.5), heardByCarol);
                 answered.complete(call);
             })) {
            openConversation(callee, "Carol Callee");
            app.await("#startCall");
            assertThat(disabled("#startCall")).as("carol is not online to us yet").isTrue();
            Eventually.await(() -> tip("#startCallTip").equals("Carol Callee is offline"), "why there is no call");

            // Carol's device shows itself, with caps that take calls.
            callee.presence().sendDirected(me(), null, null).get(10, TimeUnit.SECONDS);
            Eventually.await(() -> !disabled("#startCall"), "the call button enabled by carol's verified caps");
            assertThat(tip("#startCallTip")).isEqualTo("Call Carol Callee");
            Snapshots.write(app.robot.lookup("#startCall").query(), "call-header");

            app.click("#startCall");
            Call call = answered.get(30, TimeUnit.SECONDS);
            call.connected().get(30, TimeUnit.SECONDS);
            app.await("#callStatus");
            Eventually.await(() -> app.text("#callStatus").matches("\\d+:\\d\\d"), "the call window shows the duration");
            assertThat(app.text("#callPeer")).isEqualTo("Carol Callee");
            Eventually.await(() -> heardByCarol.samples() > 48_000 * 2, "two seconds of the app's audio at carol");
            assertThat(heardByCarol.toneShare(440)).as("carol hears the app's microphone").isGreaterThan(0.8);

            app.click("#callInfo");
            Eventually.await(() -> app.text("#callDetails").contains("Transport: Direct"), "the details show the path");
            Eventually.await(this::speaking, "carol's tone shows as speaking");
            Snapshots.write(app.robot.lookup("#callStatus").query(), "call-window");

            app.click("#hangUp");
            CallEnd end = call.ended().get(10, TimeUnit.SECONDS);
            assertThat(end.condition()).isEqualTo(Condition.SUCCESS);
            assertThat(end.byPeer()).isTrue();
            app.awaitGone("#callStatus");
        }
    }

    @Test
    void aVideoCallShowsThePeersPictureAndTheUsersOwn() throws Exception {
        Jid dave = contact("video", "Dave Video");
        AtomicInteger framesAtDave = new AtomicInteger();
        CompletableFuture<Call> answered = new CompletableFuture<>();
        try (AccountSession callee = new AccountSession(prosody.config(dave, TestSession.PASSWORD).build());
             CallService calls = callee.installCalls(CallSettings.onLoopback(), call -> {
                 call.accept(new ToneSource(660, 0.5), (samples, count) -> { }, new TestPatternSource(320, 240, 15),
                         (width, height, i420) -> framesAtDave.incrementAndGet());
                 answered.complete(call);
             })) {
            openConversation(callee, "Dave Video");
            callee.presence().sendDirected(me(), null, null).get(10, TimeUnit.SECONDS);
            Eventually.await(() -> !disabled("#startVideoCall"), "the video call button enabled");

            app.click("#startVideoCall");
            Call call = answered.get(30, TimeUnit.SECONDS);
            call.connected().get(30, TimeUnit.SECONDS);
            Eventually.await(() -> shown("#peerVideo") && shown("#ownVideo"), "dave's picture and the user's own shown");
            Eventually.await(() -> framesAtDave.get() > 15, "dave receives the app's camera");
            // Drawn at the size it is shown at (scaled before the renderer, which then only copies pixels).
            Eventually.await(() -> AppDriver.onFx(() -> {
                ImageView peer = (ImageView) app.robot.lookup("#peerVideo").query();
                return peer.getImage().getWidth() == peer.getLayoutBounds().getWidth();
            }), "dave's picture scaled to the window");
            Snapshots.write(app.robot.lookup("#peerVideo").query(), "call-video");

            app.click("#callVideo");
            Eventually.await(() -> !shown("#peerVideo"), "video stopped, voice goes on");
            assertThat(app.text("#callStatus")).matches("\\d+:\\d\\d");
            app.click("#hangUp");
            assertThat(call.ended().get(10, TimeUnit.SECONDS).condition()).isEqualTo(Condition.SUCCESS);
        }
    }

    @Test
    void theJinglePeerCallsAndTheUserDeclines() throws Exception {
        Jid peerAccount = TestSession.register(prosody, "aiortc");
        app.startAndSignIn(profile);
        try (SlixmppPeer peer = SlixmppPeer.startCallPeer(prosody, peerAccount.withResource("phone"),
                TestSession.PASSWORD, "--call", me().toString(), "--tone", "440", "--timeout", "40")) {
            app.await("#incomingCallHeadline");
            assertThat(app.text("#incomingCallHeadline")).isEqualTo(peerAccount + " is calling");
            assertThat(promptOnTop()).as("a ringing call comes in front").isTrue();
            peer.await(SlixmppPeer.event("ringing"), 10);
            Snapshots.write(app.robot.lookup("#incomingCallHeadline").query(), "call-incoming");

            app.click("#declineCall");
            peer.await(SlixmppPeer.event("call_rejected"), 10);
            app.awaitGone("#incomingCallHeadline");
            assertThat(peer.exitCode(20)).as("the peer's call failed: declined").isEqualTo(1);
        }
    }

    /**
     * An independent WebRTC stack (aiortc) calls the app and the user answers: each side hears the
     * other's tone, the call window shows the peer speaking, and the peer's hang-up closes it.
     */
    @Test
    void theJinglePeerCallsAndTheUserAnswersAndBothHearEachOther() throws Exception {
        Jid peerAccount = TestSession.register(prosody, "aiortc");
        File peerHeard = profile.resolve("peer-heard.wav").toFile();
        app.startAndSignIn(profile);
        try (SlixmppPeer peer = SlixmppPeer.startCallPeer(prosody, peerAccount.withResource("phone"),
                TestSession.PASSWORD, "--call", me().toString(), "--tone", "660", "--record", peerHeard.getPath(),
                "--duration", "4", "--timeout", "40")) {
            app.await("#incomingCallHeadline");
            app.click("#answerCall");
            peer.await(SlixmppPeer.event("media_started"), 20);
            app.await("#callStatus");
            Eventually.await(this::speaking, "the peer's tone shows as speaking");
            assertThat(peer.exitCode(30)).as("the peer's call ended well, with audio received").isZero();
            app.awaitGone("#callStatus");
        }
        assertThat(RecordedTone.share(peerHeard, 440)).as("the peer heard the app's microphone").isGreaterThan(0.8);
    }

    /**
     * The user calls an independent WebRTC stack (aiortc) from the conversation header: its caps
     * (checked) enable the button, it answers, each side hears the other's tone, and the user's
     * hang-up ends the call well on both sides.
     */
    @Test
    void theUserCallsTheJinglePeerFromTheHeaderAndBothHearEachOther() throws Exception {
        Jid peerAccount = contact("aiortc", "Aiortc Peer");
        File peerHeard = profile.resolve("peer-heard.wav").toFile();
        app.startAndSignIn(profile);
        app.click("#showContacts");
        app.await("#contacts");
        app.robot.doubleClickOn("Aiortc Peer");
        app.await("#startCall");
        assertThat(disabled("#startCall")).as("the peer is not online to us yet").isTrue();
        try (SlixmppPeer peer = SlixmppPeer.startVideoCallPeer(prosody, peerAccount.withResource("phone"),
                TestSession.PASSWORD, "--caps", "--presence-to", me().toString(), "--answer", "--tone", "660",
                "--record", peerHeard.getPath(), "--timeout", "40")) {
            Eventually.await(() -> !disabled("#startCall"), "the call button enabled by the peer's verified caps");
            app.click("#startCall");
            peer.await(SlixmppPeer.event("media_started"), 20);
            app.await("#callStatus");
            Eventually.await(this::speaking, "the peer's tone shows as speaking");
            Eventually.await(() -> peerHeard.length() > 48_000 * 2 * 3, "three seconds of the app's audio at the peer");
            app.click("#hangUp");
            assertThat(peer.exitCode(30)).as("the peer's call ended well, with audio received").isZero();
            app.awaitGone("#callStatus");
        }
        assertThat(RecordedTone.share(peerHeard, 440)).as("the peer heard the app's microphone").isGreaterThan(0.8);
    }

    @Test
    void underDoNotDisturbTheCallShowsWithoutPushingInFront() throws Exception {
        Jid peerAccount = TestSession.register(prosody, "aiortc");
        app.startAndSignIn(profile);
        AppDriver.onFx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<OwnPresence> presence = app.robot.lookup("#ownPresence").queryAs(ComboBox.class);
            presence.setValue(OwnPresence.DO_NOT_DISTURB);
            return null;
        });
        try (SlixmppPeer peer = SlixmppPeer.startCallPeer(prosody, peerAccount.withResource("phone"),
                TestSession.PASSWORD, "--call", me().toString(), "--tone", "440", "--timeout", "40")) {
            app.await("#incomingCallHeadline");
            assertThat(promptOnTop()).isFalse();
            app.click("#declineCall");
            peer.await(SlixmppPeer.event("call_rejected"), 10);
        }
    }

    /** The caller's ring timeout passes unanswered: the ringing stops and the conversation shows a missed call. */
    @Test
    void aCallNobodyAnswersRingsOutAndShowsAsMissed() throws Exception {
        Jid dave = contact("dialer", "Dave Dialer");
        try (AccountSession caller = new AccountSession(prosody.config(dave, TestSession.PASSWORD).build());
             CallService calls = caller.installCalls(CallSettings.onLoopback().withRingTimeout(Duration.ofSeconds(4)),
                     call -> { })) {
            app.startAndSignIn(profile);
            caller.connect();
            caller.presence().sendAvailable(null, null, 0).get(10, TimeUnit.SECONDS);
            Call call = calls.call(me(), new ToneSource(440, 0.5), new ReceivedAudio(null));
            app.await("#incomingCallHeadline");
            CallEnd end = call.ended().get(30, TimeUnit.SECONDS);
            assertThat(end.byPeer()).as("the caller gave up").isFalse();
            app.awaitGone("#incomingCallHeadline");

            app.click("#showContacts");
            app.await("#contacts");
            app.robot.doubleClickOn("Dave Dialer");
            // The call's row reads "📞  Missed voice call  3:34 PM".
            Eventually.await(() -> AppDriver.onFx(() -> app.robot.lookup("#messages .label").queryAll().stream()
                    .anyMatch(n -> ((javafx.scene.control.Labeled) n).getText().contains("Missed voice call"))),
                    "the missed call among the conversation's messages");
        }
    }

    @Test
    void theRingingStopsWhenAnotherOfTheUsersDevicesAnswers() throws Exception {
        Jid peerAccount = TestSession.register(prosody, "aiortc");
        app.startAndSignIn(profile);
        CompletableFuture<Call> ringsOnThePhone = new CompletableFuture<>();
        ReceivedAudio heardOnThePhone = new ReceivedAudio(null);
        try (AccountSession phone = new AccountSession(prosody.config(me().withResource("phone"), app.user() + "pass").build());
             CallService phoneCalls = phone.installCalls(CallSettings.onLoopback(), ringsOnThePhone::complete)) {
            phone.connect();
            phone.presence().sendAvailable(null, null, 0).get(10, TimeUnit.SECONDS);
            try (SlixmppPeer peer = SlixmppPeer.startCallPeer(prosody, peerAccount.withResource("desk"),
                    TestSession.PASSWORD, "--call", me().toString(), "--tone", "440", "--duration", "3",
                    "--timeout", "40")) {
                app.await("#incomingCallHeadline");
                Call onThePhone = ringsOnThePhone.get(20, TimeUnit.SECONDS);
                onThePhone.accept(new ToneSource(660, 0.5), heardOnThePhone);
                app.awaitGone("#incomingCallHeadline");
                onThePhone.connected().get(30, TimeUnit.SECONDS);
                assertThat(app.robot.lookup("#callStatus").tryQuery()).as("no call window here").isEmpty();
                assertThat(peer.exitCode(30)).as("the call ran on the phone").isZero();
            }
        }
    }

    private boolean promptOnTop() {
        return AppDriver.onFx(() -> ((Stage) app.robot.lookup("#incomingCallHeadline").query().getScene().getWindow())
                .isAlwaysOnTop());
    }

    private boolean disabled(String query) {
        return AppDriver.onFx(() -> app.robot.lookup(query).query().isDisabled());
    }

    private String tip(String query) {
        return AppDriver.onFx(() -> {
            Node wrapper = app.robot.lookup(query).query();
            Object tooltip = wrapper.getProperties().get("javafx.scene.control.Tooltip");
            return tooltip == null ? "" : ((javafx.scene.control.Tooltip) tooltip).getText();
        });
    }

    private boolean shown(String query) {
        return AppDriver.onFx(() -> app.robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    private boolean speaking() {
        return AppDriver.onFx(() -> app.robot.lookup("#callSpeaking").query().isVisible());
    }
}
