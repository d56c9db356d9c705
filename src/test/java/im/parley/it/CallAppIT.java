package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountSession;
import im.parley.client.call.Call;
import im.parley.client.call.CallEnd;
import im.parley.client.call.CallService;
import im.parley.client.call.CallSettings;
import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.ToneSource;
import im.parley.xmpp.ext.jingle.Reason.Condition;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls in the desktop app against the real Prosody: the user calls a second Parley from the
 * conversation header and hangs up; the aiortc Jingle peer calls the user, who declines. The app
 * runs with ICE on loopback and a 440 Hz tone as its microphone (the machine has no sound devices).
 */
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

    @Test
    void theUserCallsAContactFromTheHeaderTalksAndHangsUp() throws Exception {
        Jid carol = TestSession.register(prosody, "callee");
        try (AccountSession s = new AccountSession(prosody.config(app.user()).build())) {
            s.connect();
            s.roster().set(RosterItem.of(carol, "Carol Callee", Set.of())).get(20, TimeUnit.SECONDS);
        }
        ReceivedAudio heardByCarol = new ReceivedAudio(null);
        CompletableFuture<Call> answered = new CompletableFuture<>();
        try (AccountSession callee = new AccountSession(prosody.config(carol, TestSession.PASSWORD).build());
             CallService calls = callee.installCalls(CallSettings.onLoopback(), call -> {
                 call.accept(new ToneSource(660, 0.5), heardByCarol);
                 answered.complete(call);
             })) {
            callee.connect();
            // Available, so that a call to her bare JID reaches her; the app does not see it (no subscription).
            callee.presence().sendAvailable(null, null, 0).get(10, TimeUnit.SECONDS);
            app.startAndSignIn(profile);
            app.click("#showContacts");
            app.await("#contacts");
            app.robot.doubleClickOn("Carol Callee");
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
    void theJinglePeerCallsAndTheUserDeclines() throws Exception {
        Jid peerAccount = TestSession.register(prosody, "aiortc");
        app.startAndSignIn(profile);
        try (SlixmppPeer peer = SlixmppPeer.startCallPeer(prosody, peerAccount.withResource("phone"),
                TestSession.PASSWORD, "--call", me().toString(), "--tone", "440", "--timeout", "40")) {
            app.await("#incomingCallHeadline");
            assertThat(app.text("#incomingCallHeadline")).isEqualTo(peerAccount + " is calling");
            peer.await(SlixmppPeer.event("ringing"), 10);
            Snapshots.write(app.robot.lookup("#incomingCallHeadline").query(), "call-incoming");

            app.click("#declineCall");
            peer.await(SlixmppPeer.event("call_rejected"), 10);
            app.awaitGone("#incomingCallHeadline");
            assertThat(peer.exitCode(20)).as("the peer's call failed: declined").isEqualTo(1);
        }
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

    private boolean speaking() {
        return AppDriver.onFx(() -> app.robot.lookup("#callSpeaking").query().isVisible());
    }
}
