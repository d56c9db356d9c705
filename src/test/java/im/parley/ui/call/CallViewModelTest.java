package im.parley.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.call.Call;
import im.parley.client.call.CallEnd;
import im.parley.client.call.CallStatistics;
import im.parley.xmpp.ext.jingle.Reason.Condition;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CallViewModelTest {
    private final FakeCallHandle call = new FakeCallHandle();
    private final AtomicLong clock = new AtomicLong();
    private final CallViewModel model = new CallViewModel(call, "Bob", true, null, Runnable::run, clock::get);

    @Test
    void anOutgoingCallGoesFromCallingToItsDuration() {
        assertThat(model.statusProperty().get()).isEqualTo("Calling…");
        call.state = Call.State.RINGING;
        model.poll();
        assertThat(model.statusProperty().get()).isEqualTo("Ringing…");
        call.state = Call.State.CONNECTING;
        model.poll();
        assertThat(model.statusProperty().get()).isEqualTo("Connecting…");

        call.state = Call.State.ACTIVE;
        clock.set(5_000_000_000L);
        call.connected.complete(null);
        assertThat(model.statusProperty().get()).isEqualTo("0:00");
        clock.addAndGet(83_400_000_000L);
        model.poll();
        assertThat(model.statusProperty().get()).isEqualTo("1:23");
        assertThat(CallViewModel.duration(3 * 3600 + 62)).isEqualTo("3:01:02");
    }

    @Test
    void theEndSaysHowItEndedAndFreezesTheWindow() {
        call.state = Call.State.ACTIVE;
        call.connected.complete(null);
        call.state = Call.State.ENDED;
        call.ended.complete(new CallEnd(Condition.DECLINE, true, "declined"));
        assertThat(model.endedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Declined");
        model.poll();
        assertThat(model.statusProperty().get()).as("figures after the end change nothing").isEqualTo("Declined");
        assertThat(CallViewModel.endText(new CallEnd(Condition.TIMEOUT, false, "nobody answered"))).isEqualTo("No answer");
        assertThat(CallViewModel.endText(new CallEnd(Condition.CANCEL, true, "x"))).isEqualTo("The caller hung up");
    }

    @Test
    void speakingFollowsThePeersAudioLevel() {
        call.state = Call.State.ACTIVE;
        call.level = 127;
        model.poll();
        assertThat(model.speakingProperty().get()).isFalse();
        call.level = 25;
        model.poll();
        assertThat(model.speakingProperty().get()).isTrue();
        call.level = -1;
        model.poll();
        assertThat(model.speakingProperty().get()).as("no level known").isFalse();
    }

    @Test
    void qualityAndTransportComeFromTheFigures() {
        call.state = Call.State.ACTIVE;
        call.transport = "ice-udp";
        call.statistics = figures("host", "host", 1000, 0, 40, 3.0);
        model.poll();
        assertThat(model.qualityProperty().get()).isEqualTo(CallQuality.GOOD);
        assertThat(model.transportProperty().get()).isEqualTo("Direct");
        assertThat(model.detailsProperty().get()).contains("Round trip: 40 ms").contains("Loss: 0.0 %")
                .contains("host ↔ host");

        call.statistics = figures("relay", "srflx", 950, 50, 120, 10);
        model.poll();
        assertThat(model.qualityProperty().get()).isEqualTo(CallQuality.FAIR);
        assertThat(model.transportProperty().get()).isEqualTo("Relayed (TURN)");

        call.statistics = figures("host", "host", 1000, 10, 700, 5);
        model.poll();
        assertThat(model.qualityProperty().get()).isEqualTo(CallQuality.POOR);

        call.transport = "raw-udp";
        call.statistics = figures(null, null, 0, 0, -1, 0);
        model.poll();
        assertThat(model.transportProperty().get()).isEqualTo("Raw UDP");
        assertThat(model.qualityProperty().get()).as("no RTCP report yet").isEqualTo(CallQuality.UNKNOWN);
    }

    @Test
    void muteAndCameraToggleAndReachTheCall() {
        model.toggleMute();
        model.toggleMute();
        model.toggleCamera();
        assertThat(call.commands).containsExactly("mute true", "mute false", "camera false");
        assertThat(model.cameraOnProperty().get()).isFalse();

        CallViewModel noCamera = new CallViewModel(call, "Bob", false, "No camera found.", Runnable::run, clock::get);
        noCamera.toggleCamera();
        assertThat(call.commands).hasSize(3);
        assertThat(noCamera.noticeProperty().get()).isEqualTo("No camera found.");
    }

    @Test
    void videoIsAddedWhenThePeerTakesItAndTheUserIsToldWhenNot() {
        call.state = Call.State.ACTIVE;
        model.toggleVideo();
        assertThat(model.videoChangingProperty().get()).isTrue();
        model.toggleVideo();
        assertThat(call.commands).as("one offer at a time").containsExactly("addVideo");
        call.videoAnswer.completeExceptionally(new IllegalStateException("the peer declined video"));
        assertThat(model.videoProperty().get()).isFalse();
        assertThat(model.noticeProperty().get()).isEqualTo("Bob did not take video; the call goes on with voice.");

        call.videoAnswer = new CompletableFuture<>();
        model.toggleVideo();
        call.videoAnswer.complete(null);
        assertThat(model.videoProperty().get()).isTrue();
        assertThat(model.noticeProperty().get()).isEmpty();
        model.toggleVideo();
        assertThat(model.videoProperty().get()).isFalse();
        assertThat(call.commands).containsExactly("addVideo", "addVideo", "removeVideo");
    }

    @Test
    void hangUpReachesTheCall() {
        model.hangUp();
        assertThat(call.commands).containsExactly("hangUp");
    }

    private static CallStatistics figures(String local, String remote, long received, long lost, long rtt, double jitter) {
        return new CallStatistics(120, "opus", local, remote, received, received, lost, jitter, rtt);
    }
}
