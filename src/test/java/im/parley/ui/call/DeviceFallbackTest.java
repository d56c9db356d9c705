package im.parley.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.call.CallEnd;
import im.parley.media.Unpluggable;
import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import im.parley.media.video.FixedSizeVideoSource;
import im.parley.media.video.TestPatternSource;
import im.parley.xmpp.ext.jingle.Reason.Condition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A device unplugged mid-call: the call moves to the system's default, or to a dark picture, and the window says so. */
class DeviceFallbackTest {
    private final FakeCallHandle call = new FakeCallHandle();
    private final CallViewModel window = new CallViewModel(call, "Bob", true, null, Runnable::run, System::nanoTime);
    private final List<Object> switchedTo = new ArrayList<>();
    private final DeviceFallback.Switch switches = new DeviceFallback.Switch() {
        @Override
        public void microphone(AudioSource next) {
            switchedTo.add(next);
        }

        @Override
        public void speaker(AudioSink next) {
            switchedTo.add(next);
        }
    };
    private final Microphone defaultMicrophone = new Microphone(1000);
    private final Speaker defaultSpeaker = new Speaker();
    private boolean systemHasDevices = true;
    private final DeviceFallback.Defaults defaults = new DeviceFallback.Defaults() {
        @Override
        public Optional<AudioSource> microphone() {
            return systemHasDevices ? Optional.of(defaultMicrophone) : Optional.empty();
        }

        @Override
        public Optional<AudioSink> speaker() {
            return systemHasDevices ? Optional.of(defaultSpeaker) : Optional.empty();
        }
    };
    private final DeviceFallback fallback = new DeviceFallback(defaults, switches, call.ended, window, Runnable::run);

    /** A microphone that can be unplugged: then it fails, as a capture line does. */
    private static final class Microphone implements AudioSource, Unpluggable {
        final CompletableFuture<Void> lost = new CompletableFuture<>();
        final short level;

        Microphone(int level) {
            this.level = (short) level;
        }

        @Override
        public void read(short[] frame) {
            Arrays.fill(frame, level);
        }

        @Override
        public CompletableFuture<Void> lost() {
            return lost;
        }
    }

    private static final class Speaker implements AudioSink, Unpluggable {
        final CompletableFuture<Void> lost = new CompletableFuture<>();

        @Override
        public void write(short[] samples, int count) {
        }

        @Override
        public CompletableFuture<Void> lost() {
            return lost;
        }
    }

    private static final class Camera extends FixedSizeVideoSource implements Unpluggable {
        final CompletableFuture<Void> lost = new CompletableFuture<>();

        Camera() {
            super(320, 240, 15);
        }

        @Override
        public void read(byte[] i420) {
        }

        @Override
        public CompletableFuture<Void> lost() {
            return lost;
        }
    }

    @Test
    void anUnpluggedMicrophoneGivesWayToTheSystemsDefaultAndTheWindowSaysSo() {
        Microphone headset = new Microphone(500);
        fallback.watch(headset, new Speaker(), new TestPatternSource(320, 240, 15));
        assertThat(switchedTo).isEmpty();

        headset.lost.complete(null);

        assertThat(switchedTo).containsExactly(defaultMicrophone);
        assertThat(window.noticeProperty().get())
                .isEqualTo("The microphone was disconnected; the call now uses the system's default microphone.");
    }

    @Test
    void whenTheDefaultGoesTooTheCallSendsSilence() {
        Microphone headset = new Microphone(500);
        fallback.watch(headset, new Speaker(), null);
        headset.lost.complete(null);
        systemHasDevices = false;

        defaultMicrophone.lost.complete(null);

        assertThat(switchedTo).hasSize(2);
        short[] frame = new short[960];
        ((AudioSource) switchedTo.get(1)).read(frame);
        assertThat(frame).containsOnly((short) 0);
        assertThat(window.noticeProperty().get())
                .isEqualTo("The microphone was disconnected and no other was found: you are heard as silence.");
    }

    @Test
    void anUnpluggedSpeakerGivesWayToTheSystemsDefault() {
        Speaker headphones = new Speaker();
        fallback.watch(new Microphone(500), headphones, null);

        headphones.lost.complete(null);

        assertThat(switchedTo).containsExactly(defaultSpeaker);
        assertThat(window.noticeProperty().get())
                .isEqualTo("The speaker was disconnected; the call now plays on the system's default speaker.");
    }

    @Test
    void anUnpluggedCameraLeavesADarkPictureThatCannotBeSwitchedBackOn() {
        Camera camera = new Camera();
        fallback.watch(new Microphone(500), new Speaker(), camera);

        camera.lost.complete(null);

        assertThat(call.commands).containsExactly("camera false");
        assertThat(window.cameraOnProperty().get()).isFalse();
        assertThat(window.noticeProperty().get()).isEqualTo("The camera was disconnected: the other side sees a dark picture.");
        window.toggleCamera();
        assertThat(call.commands).as("no camera to switch on").containsExactly("camera false");
    }

    @Test
    void aDeviceLostAfterTheCallEndedChangesNothing() {
        Microphone headset = new Microphone(500);
        fallback.watch(headset, new Speaker(), null);
        call.ended.complete(new CallEnd(Condition.SUCCESS, false, "hung up"));

        headset.lost.complete(null);

        assertThat(switchedTo).isEmpty();
    }
}
