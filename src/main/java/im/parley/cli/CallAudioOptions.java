package im.parley.cli;

import im.parley.client.call.AudioDevice;
import im.parley.client.call.Call;
import im.parley.client.call.CallEnd;
import im.parley.client.call.CallMedia;
import im.parley.client.call.CallRecording;
import im.parley.client.call.CallSettings;
import im.parley.client.call.CallStatistics;
import im.parley.client.call.DevicePreferences;
import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import im.parley.media.audio.SoundDeviceException;
import im.parley.media.video.VideoSink;
import im.parley.media.video.VideoSource;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * What `call` and `answer` share: the microphone (a tone or a WAV file), the recording of what
 * arrives, where ICE looks for candidates, and the one JSON line that reports the call.
 */
final class CallAudioOptions {
    @Option(names = "--tone", description = "send a sine tone of this many Hz as the microphone (default 440)")
    Double toneHz;

    @Option(names = "--play", description = "send this WAV file (looped) as the microphone")
    File play;

    @Option(names = "--record", description = "write what the other side sends to this WAV file (48 kHz mono)")
    File record;

    @Option(names = "--ice-loopback", description = "gather ICE candidates on 127.0.0.1 only (tests, same-machine calls)")
    boolean loopback;

    @Option(names = "--mic", description = "microphone to send, by its id from `devices` (instead of a tone)")
    String micId;

    @Option(names = "--speaker", description = "also play what arrives on this speaker, by its id from `devices`")
    String speakerId;

    @Option(names = "--video", description = "send a moving test pattern (320x240, 15 fps) as the camera and receive video")
    boolean video;

    private DevicePreferences preferences = DevicePreferences.NONE;
    private PrintWriter warnings = new PrintWriter(System.err, true);
    private Double sentTone;
    private final CallMedia media = new CallMedia();
    private final CallRecording received = new CallRecording();
    private final AtomicLong framesReceived = new AtomicLong();
    private volatile String frameSize;

    /** The devices chosen in settings, used where no option says otherwise; a missing one is warned about. */
    void preferences(DevicePreferences chosen, PrintWriter warningsTo) {
        this.preferences = chosen;
        this.warnings = warningsTo;
    }

    AudioSource microphone() throws IOException, SoundDeviceException {
        if ((play != null ? 1 : 0) + (toneHz != null ? 1 : 0) + (micId != null ? 1 : 0) > 1) {
            throw new IllegalArgumentException("--tone, --play and --mic exclude each other");
        }
        String id = micId;
        if (id == null && play == null && toneHz == null) {
            id = chosen(preferences.chosenMicrophone(), CallMedia.microphones(), "microphone", "sending a tone");
        }
        if (id != null) {
            return media.openMicrophone(id).orElseThrow(noDevice(id, "--mic"));
        }
        sentTone = play != null ? null : toneHz == null ? 440 : toneHz;
        return play != null ? CallMedia.looped(play) : CallMedia.tone(sentTone);
    }

    /** How much of what arrived is the tone we sent (0..1); null when the microphone was no tone. */
    Double receivedShareOfOurTone() {
        return sentTone == null ? null : received.toneShare(sentTone);
    }

    /** The device chosen in settings if it is connected now; null (after a warning) if it is not. */
    private String chosen(Optional<String> id, List<AudioDevice> connected, String kind, String instead) {
        if (id.isEmpty()) {
            return null;
        }
        if (connected.stream().anyMatch(d -> d.id().equals(id.get()))) {
            return id.get();
        }
        warnings.println("the " + kind + " chosen in settings (" + id.get() + ") is not connected; " + instead);
        return null;
    }

    AudioSink speaker() throws SoundDeviceException {
        String id = speakerId != null ? speakerId
                : chosen(preferences.chosenSpeaker(), CallMedia.speakers(), "speaker", "only recording");
        if (id == null) {
            return received;
        }
        AudioSink speaker = media.openSpeaker(id).orElseThrow(noDevice(id, "--speaker"));
        return (samples, count) -> {
            received.write(samples, count);
            speaker.write(samples, count);
        };
    }

    private static Supplier<IllegalArgumentException> noDevice(String id, String option) {
        return () -> new IllegalArgumentException(option + ": no device " + id + " (see `devices`)");
    }

    /** Releases the sound devices the call used. */
    void closeDevices() {
        media.closeDevices();
    }

    /** The synthetic camera, or null without --video. */
    VideoSource camera() {
        return video ? CallMedia.testPattern(320, 240, 15) : null;
    }

    /** Counts the decoded frames and notes their size: the command line has no screen. */
    VideoSink screen() {
        return (width, height, i420) -> {
            framesReceived.incrementAndGet();
            frameSize = width + "x" + height;
        };
    }

    CallSettings settings(Duration ringTimeout) {
        CallSettings settings = loopback ? CallSettings.onLoopback() : CallSettings.onAllInterfaces();
        return settings.withRingTimeout(ringTimeout);
    }

    void saveRecording() throws IOException {
        if (record != null) {
            received.save(record);
        }
    }

    /** The call's one JSON line: who, how it ended, and the figures of {@link CallStatistics}. */
    String report(Call call, CallEnd end) {
        CallStatistics s = call.statistics();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("peer", call.peer().toString());
        f.put("id", call.id());
        f.put("reason", end.reason());
        f.put("ended_by", end.byPeer() ? "peer" : "us");
        f.put("setup_ms", s.setupMillis());
        f.put("codec", s.codec());
        f.put("transport", call.transport());
        f.put("local_candidate", s.localCandidate());
        f.put("remote_candidate", s.remoteCandidate());
        putRtpFigures(f, s);
        if (video) {
            f.put("video_frames_received", framesReceived.get());
            f.put("video_size", frameSize);
        }
        return Json.object(f);
    }

    /** The RTP figures every call report ends with, the test call's too. */
    static void putRtpFigures(Map<String, Object> f, CallStatistics s) {
        f.put("packets_sent", s.packetsSent());
        f.put("packets_received", s.packetsReceived());
        f.put("packets_lost", s.packetsLost());
        f.put("jitter_ms", s.jitterMs());
        f.put("rtt_ms", s.rttMs());
    }
}
