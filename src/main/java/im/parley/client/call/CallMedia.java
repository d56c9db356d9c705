package im.parley.client.call;

import im.parley.media.EchoTestCall;
import im.parley.media.MediaRuntime;
import im.parley.media.Unpluggable;
import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import im.parley.media.audio.MicrophoneSource;
import im.parley.media.audio.SoundDeviceException;
import im.parley.media.audio.SoundDevices;
import im.parley.media.audio.SpeakerSink;
import im.parley.media.audio.ToneSource;
import im.parley.media.audio.WavFiles;
import im.parley.media.video.CameraSwitch;
import im.parley.media.video.Cameras;
import im.parley.media.video.PreviewedVideoSource;
import im.parley.media.video.TestPatternSource;
import im.parley.media.video.VideoSink;
import im.parley.media.video.VideoSource;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the faces plug into a call without building media classes themselves: synthetic sources (a
 * tone, a looped WAV file, a moving test pattern), the system's microphones and speakers, and the
 * echo test call. An instance owns the sound devices it opened, so one call's devices close together.
 */
public final class CallMedia {
    /** Half of full scale: loud enough to be told apart from noise, far from clipping. */
    private static final double TONE_AMPLITUDE = 0.5;

    private final List<AutoCloseable> opened = new ArrayList<>();

    /** Microphones calls can use now; empty when the system has none. */
    public static List<AudioDevice> microphones() {
        return described(SoundDevices.microphones());
    }

    /** Speakers calls can use now; empty when the system has none. */
    public static List<AudioDevice> speakers() {
        return described(SoundDevices.speakers());
    }

    private static List<AudioDevice> described(List<SoundDevices.SoundDevice> devices) {
        return devices.stream().map(d -> new AudioDevice(d.id(), d.name(), d.description())).toList();
    }

    /** Cameras calls can use now; empty when the system has none (or its camera binding does not load). */
    public static List<CameraDevice> cameras() {
        return Cameras.list().stream().map(c -> new CameraDevice(c.id(), c.name())).toList();
    }

    /** Opens the camera {@code id} from {@link #cameras()}, kept for {@link #closeDevices()}; empty when it is gone. */
    public Optional<VideoSource> openCamera(String id) throws IOException {
        Optional<Cameras.Capture> camera = Cameras.open(id);
        camera.ifPresent(opened::add);
        return camera.map(c -> c);
    }

    /** A sine of {@code hertz} as the microphone. */
    public static AudioSource tone(double hertz) {
        return new ToneSource(hertz, TONE_AMPLITUDE);
    }

    /** A WAV file, played in a loop, as the microphone. */
    public static AudioSource looped(File wav) throws IOException {
        return WavFiles.loop(wav);
    }

    /** A synthetic camera: a bar moving across a grey frame, the frame number written on it. */
    public static VideoSource testPattern(int width, int height, int frameRate) {
        return new TestPatternSource(width, height, frameRate);
    }

    /** What the far end sees without a camera: black frames, which keep a video call's stream (and the picture back) going. */
    public static VideoSource noCamera(int width, int height, int frameRate) {
        CameraSwitch off = new CameraSwitch(new TestPatternSource(width, height, frameRate));
        off.on(false);
        return off;
    }

    /** {@code camera}, each frame also handed to {@code preview} as the call reads it (the user's own picture). */
    public static VideoSource withPreview(VideoSource camera, VideoSink preview) {
        return new PreviewedVideoSource(camera, preview);
    }

    /** Opens the microphone {@code id} from {@link #microphones()}; empty when none has that id now. */
    public Optional<AudioSource> openMicrophone(String id) throws SoundDeviceException {
        return Optional.<AudioSource>ofNullable(open(SoundDevices.microphones(), id, MicrophoneSource::open));
    }

    /** Opens the speaker {@code id} from {@link #speakers()}; empty when none has that id now. */
    public Optional<AudioSink> openSpeaker(String id) throws SoundDeviceException {
        return Optional.<AudioSink>ofNullable(open(SoundDevices.speakers(), id, SpeakerSink::open));
    }

    /** The device {@code id} of {@code devices}, opened and kept for {@link #closeDevices()}; null if none. */
    private <T extends AutoCloseable> T open(List<SoundDevices.SoundDevice> devices, String id, Opener<T> opener)
            throws SoundDeviceException {
        Optional<SoundDevices.SoundDevice> device = devices.stream().filter(d -> d.id().equals(id)).findFirst();
        if (device.isEmpty()) {
            return null;
        }
        T open = opener.open(device.get());
        opened.add(open);
        return open;
    }

    /** {@code MicrophoneSource::open} or {@code SpeakerSink::open}. */
    private interface Opener<T> {
        T open(SoundDevices.SoundDevice device) throws SoundDeviceException;
    }

    /**
     * Completes when {@code device}, a microphone, speaker or camera opened here, is unplugged or its
     * driver fails; never for a device that was closed, nor for synthetic sources.
     */
    public static CompletableFuture<Void> lost(Object device) {
        return device instanceof Unpluggable unpluggable ? unpluggable.lost() : new CompletableFuture<>();
    }

    /** Releases the sound devices opened here. */
    public void closeDevices() {
        for (AutoCloseable device : opened) {
            try {
                device.close();
            } catch (Exception e) {
                // The call is over; a device that fails to close changes nothing for its figures.
            }
        }
        opened.clear();
    }

    /**
     * Starts the echo test call, the media runtime warmed up first so that its set-up time is a
     * call's and not the process's; {@link EchoTest#connected()} tells when the echo can be heard.
     */
    public static EchoTest echoTest(AudioSource microphone, AudioSink speaker) throws IOException {
        MediaRuntime.start().warmUp();
        return new EchoTest(EchoTestCall.start(microphone, speaker));
    }
}
