package im.parley.ui.call;

import im.parley.client.call.AudioDevice;
import im.parley.client.call.CallMedia;
import im.parley.client.call.CameraDevice;
import im.parley.client.call.DevicePreferences;
import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import im.parley.media.audio.SoundDeviceException;
import im.parley.media.video.VideoSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The devices a call of the app uses: the microphone and speaker chosen in settings (the CLI's
 * {@code devices.properties} in the profile), else the first the system lists. A missing device
 * does not stop the call: the other side hears silence, or nothing is played, and the user is told.
 * Without a camera a video call sends dark frames and still shows the peer's video.
 * With the system property {@code parley.calls.synthetic=true} a tone and a moving test pattern
 * stand in for microphone and camera (demonstrations and tests on machines without devices).
 */
public final class CallDevices {
    private static final Logger LOG = Logger.getLogger(CallDevices.class.getName());
    private static final int CAMERA_WIDTH = 320;
    private static final int CAMERA_HEIGHT = 240;
    private static final int CAMERA_RATE = 15;

    private final Path preferences;
    private final boolean synthetic;

    public CallDevices(Path preferences, boolean synthetic) {
        this.preferences = preferences;
        this.synthetic = synthetic;
    }

    /** Over the profile in {@code folder}; synthetic when the system property says so. */
    public static CallDevices inProfile(Path folder) {
        return new CallDevices(folder.resolve("devices.properties"), Boolean.getBoolean("parley.calls.synthetic"));
    }

    /**
     * What one call uses; {@code media} owns the sound devices opened, closed when the call ends.
     *
     * @param camera what the peer sees; without a camera, dark frames
     * @param hasCamera whether {@code camera} shows anything
     * @param missing what is missing, e.g. "no speaker was found: you will not hear the call"
     */
    public record Opened(AudioSource microphone, AudioSink speaker, VideoSource camera, boolean hasCamera,
                         List<String> missing, CallMedia media) {
        public Opened {
            missing = List.copyOf(missing);
        }

        /** What the call window tells the user about missing devices; null when a call of this kind lacks nothing. */
        public String notice(boolean video) {
            List<String> told = new ArrayList<>(missing);
            if (video && !hasCamera) {
                told.add("no camera was found: the other side sees a dark picture");
            }
            if (told.isEmpty()) {
                return null;
            }
            String all = String.join("; ", told);
            return Character.toUpperCase(all.charAt(0)) + all.substring(1) + ".";
        }
    }

    /** Opens the devices; lists the system's sound devices, so never on the UI thread. */
    public Opened open() {
        CallMedia media = new CallMedia();
        if (synthetic) {
            return new Opened(CallMedia.tone(440), (samples, count) -> { },
                    CallMedia.testPattern(CAMERA_WIDTH, CAMERA_HEIGHT, CAMERA_RATE), true, List.of(), media);
        }
        DevicePreferences chosen = DevicePreferences.load(preferences);
        List<String> missing = new ArrayList<>();
        AudioSource microphone = open(chosen.chosenMicrophone(), ids(CallMedia.microphones()),
                id -> media.openMicrophone(id)).orElse(null);
        if (microphone == null) {
            missing.add("no microphone was found: you are heard as silence");
            microphone = frame -> Arrays.fill(frame, (short) 0);
        }
        AudioSink speaker = open(chosen.chosenSpeaker(), ids(CallMedia.speakers()), id -> media.openSpeaker(id))
                .orElse(null);
        if (speaker == null) {
            missing.add("no speaker was found: you will not hear the call");
            speaker = (samples, count) -> { };
        }
        VideoSource camera = open(chosen.chosenCamera(), CallMedia.cameras().stream().map(CameraDevice::id).toList(),
                id -> media.openCamera(id)).orElse(null);
        return new Opened(microphone, speaker,
                camera != null ? camera : CallMedia.noCamera(CAMERA_WIDTH, CAMERA_HEIGHT, CAMERA_RATE), camera != null,
                missing, media);
    }

    /** The system's default microphone and speaker, opened into {@code media} (the call's devices) when a call falls back on them. */
    DeviceFallback.Defaults defaults(CallMedia media) {
        return new DeviceFallback.Defaults() {
            @Override
            public Optional<AudioSource> microphone() {
                return open(Optional.empty(), ids(CallMedia.microphones()), media::openMicrophone);
            }

            @Override
            public Optional<AudioSink> speaker() {
                return open(Optional.empty(), ids(CallMedia.speakers()), media::openSpeaker);
            }
        };
    }

    private interface Opener<T> {
        Optional<T> open(String id) throws SoundDeviceException, java.io.IOException;
    }

    private static List<String> ids(List<AudioDevice> devices) {
        return devices.stream().map(AudioDevice::id).toList();
    }

    /** The chosen device if it is connected, else the first listed; empty when none opens. */
    private static <T> Optional<T> open(Optional<String> chosen, List<String> connected, Opener<T> opener) {
        List<String> order = new ArrayList<>();
        chosen.filter(connected::contains).ifPresent(order::add);
        connected.stream().filter(id -> !order.contains(id)).findFirst().ifPresent(order::add);
        for (String id : order) {
            try {
                Optional<T> device = opener.open(id);
                if (device.isPresent()) {
                    return device;
                }
            } catch (SoundDeviceException | java.io.IOException e) {
                LOG.log(Level.INFO, "cannot open " + id + " for a call", e);
            }
        }
        return Optional.empty();
    }
}
