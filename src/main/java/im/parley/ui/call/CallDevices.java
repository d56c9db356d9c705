package im.parley.ui.call;

import im.parley.client.call.AudioDevice;
import im.parley.client.call.CallMedia;
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
 * There is no camera capture yet: a video call sends dark frames and still shows the peer's video.
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
     * @param notice what the user should know about missing devices; null when nothing is missing
     */
    public record Opened(AudioSource microphone, AudioSink speaker, VideoSource camera, boolean hasCamera,
                         String notice, CallMedia media) {
    }

    /** Opens the devices; lists the system's sound devices, so never on the UI thread. */
    public Opened open() {
        CallMedia media = new CallMedia();
        if (synthetic) {
            return new Opened(CallMedia.tone(440), (samples, count) -> { },
                    CallMedia.testPattern(CAMERA_WIDTH, CAMERA_HEIGHT, CAMERA_RATE), true, null, media);
        }
        DevicePreferences chosen = DevicePreferences.load(preferences);
        List<String> missing = new ArrayList<>();
        AudioSource microphone = open(chosen.chosenMicrophone(), CallMedia.microphones(), id -> media.openMicrophone(id))
                .orElse(null);
        if (microphone == null) {
            missing.add("no microphone was found: you are heard as silence");
            microphone = frame -> Arrays.fill(frame, (short) 0);
        }
        AudioSink speaker = open(chosen.chosenSpeaker(), CallMedia.speakers(), id -> media.openSpeaker(id)).orElse(null);
        if (speaker == null) {
            missing.add("no speaker was found: you will not hear the call");
            speaker = (samples, count) -> { };
        }
        String notice = missing.isEmpty() ? null
                : Character.toUpperCase(missing.get(0).charAt(0)) + String.join("; ", missing).substring(1) + ".";
        return new Opened(microphone, speaker, CallMedia.noCamera(CAMERA_WIDTH, CAMERA_HEIGHT, CAMERA_RATE), false,
                notice, media);
    }

    private interface Opener<T> {
        Optional<T> open(String id) throws SoundDeviceException;
    }

    /** The chosen device if it is connected, else the first listed; empty when none opens. */
    private static <T> Optional<T> open(Optional<String> chosen, List<AudioDevice> connected, Opener<T> opener) {
        List<String> order = new ArrayList<>();
        chosen.filter(id -> connected.stream().anyMatch(d -> d.id().equals(id))).ifPresent(order::add);
        connected.stream().map(AudioDevice::id).filter(id -> !order.contains(id)).findFirst().ifPresent(order::add);
        for (String id : order) {
            try {
                Optional<T> device = opener.open(id);
                if (device.isPresent()) {
                    return device;
                }
            } catch (SoundDeviceException e) {
                LOG.log(Level.INFO, "cannot open " + id + " for a call", e);
            }
        }
        return Optional.empty();
    }
}
