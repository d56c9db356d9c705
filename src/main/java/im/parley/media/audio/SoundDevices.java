package im.parley.media.audio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;

/**
 * The operating system's microphones and speakers, through Java Sound: libjitsi's own audio
 * systems are disabled (they need native libraries per platform), and Java Sound ships with the JDK.
 * A device is listed when it can carry the call format directly or through one of Java Sound's
 * converters (e.g. a speaker that only takes 44.1 kHz stereo).
 */
public final class SoundDevices {
    private static final Logger LOG = Logger.getLogger(SoundDevices.class.getName());
    /** Calls' PCM as Java Sound names it: 48 kHz, 16-bit signed little-endian, mono. */
    static final AudioFormat CALL_FORMAT = new AudioFormat(AudioFormat48k.SAMPLE_RATE, 16, 1, true, false);
    /** The devices' own buffers: enough to ride out a late wake-up, short enough not to be heard. */
    private static final int LINE_BUFFER_MILLIS = 100;

    /**
     * One device.
     *
     * @param id what settings keep to find the device again: Java Sound's mixer name, with
     *     {@code #2}, {@code #3} appended to repeated names in the order Java Sound lists them
     * @param name the mixer's name as the system gives it
     * @param description the system's description, e.g. the sound card and its input
     */
    public record SoundDevice(String id, String name, String description) {
    }

    private SoundDevices() {
    }

    /** Devices that can capture call audio; empty when the system has none (or no sound at all). */
    public static List<SoundDevice> microphones() {
        return list(TargetDataLine.class);
    }

    /** Devices that can play call audio; empty when the system has none. */
    public static List<SoundDevice> speakers() {
        return list(SourceDataLine.class);
    }

    private static List<SoundDevice> list(Class<? extends DataLine> type) {
        List<SoundDevice> devices = new ArrayList<>();
        mixers().forEach((device, mixer) -> {
            if (lineFormat(mixer, type).isPresent()) {
                devices.add(device);
            }
        });
        return devices;
    }

    /** Every mixer by its device record, in Java Sound's order. */
    private static Map<SoundDevice, Mixer> mixers() {
        Map<SoundDevice, Mixer> mixers = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Mixer.Info[] infos;
        try {
            infos = AudioSystem.getMixerInfo();
        } catch (RuntimeException e) {
            // No sound system at all (or one that fails to load) means no devices, not a failure.
            LOG.log(Level.FINE, "Java Sound lists no mixers", e);
            return mixers;
        }
        for (Mixer.Info info : infos) {
            int n = seen.merge(info.getName(), 1, Integer::sum);
            String id = n == 1 ? info.getName() : info.getName() + "#" + n;
            try {
                mixers.put(new SoundDevice(id, info.getName(), info.getDescription()), AudioSystem.getMixer(info));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "mixer " + id + " cannot be used", e);
            }
        }
        return mixers;
    }

    /**
     * The format to open a line of {@code type} on {@code mixer} with: the call format if the mixer
     * takes it, else the one of its formats Java Sound converts best (same rate first, fewest
     * channels, then 16 bits).
     */
    static Optional<AudioFormat> lineFormat(Mixer mixer, Class<? extends DataLine> type) {
        try {
            if (mixer.isLineSupported(new DataLine.Info(type, CALL_FORMAT))) {
                return Optional.of(CALL_FORMAT);
            }
            Line.Info[] lines = type == TargetDataLine.class ? mixer.getTargetLineInfo() : mixer.getSourceLineInfo();
            List<AudioFormat> usable = new ArrayList<>();
            for (Line.Info line : lines) {
                if (line instanceof DataLine.Info data && type.isAssignableFrom(data.getLineClass())) {
                    for (AudioFormat offered : data.getFormats()) {
                        concrete(offered).filter(f -> mixer.isLineSupported(new DataLine.Info(type, f))
                                && convertible(type, f)).ifPresent(usable::add);
                    }
                }
            }
            return usable.stream().min(Comparator.comparing((AudioFormat f) -> f.getSampleRate() != AudioFormat48k.SAMPLE_RATE)
                    .thenComparingInt(AudioFormat::getChannels)
                    .thenComparing(f -> f.getSampleSizeInBits() != 16));
        } catch (RuntimeException e) {
            // Some drivers throw from their format queries; such a device is simply not offered.
            LOG.log(Level.FINE, "cannot query " + mixer.getMixerInfo(), e);
            return Optional.empty();
        }
    }

    /** A mixer's offered format with what it leaves open (rate, channels) filled in; empty if not PCM. */
    static Optional<AudioFormat> concrete(AudioFormat offered) {
        AudioFormat.Encoding encoding = offered.getEncoding();
        if (!encoding.equals(AudioFormat.Encoding.PCM_SIGNED) && !encoding.equals(AudioFormat.Encoding.PCM_UNSIGNED)
                || offered.getSampleSizeInBits() <= 0) {
            return Optional.empty();
        }
        float rate = offered.getSampleRate() == AudioSystem.NOT_SPECIFIED ? AudioFormat48k.SAMPLE_RATE : offered.getSampleRate();
        int channels = offered.getChannels() == AudioSystem.NOT_SPECIFIED ? 1 : offered.getChannels();
        int frameSize = channels * ((offered.getSampleSizeInBits() + 7) / 8);
        return Optional.of(new AudioFormat(encoding, rate, offered.getSampleSizeInBits(), channels, frameSize, rate,
                offered.isBigEndian()));
    }

    private static boolean convertible(Class<? extends DataLine> type, AudioFormat lineFormat) {
        return type == TargetDataLine.class
                ? AudioSystem.isConversionSupported(CALL_FORMAT, lineFormat)
                : AudioSystem.isConversionSupported(lineFormat, CALL_FORMAT);
    }

    static CaptureLine openCapture(SoundDevice device) throws SoundDeviceException {
        return new JavaSoundCapture(open(device, TargetDataLine.class));
    }

    static PlaybackLine openPlayback(SoundDevice device) throws SoundDeviceException {
        return new JavaSoundPlayback(open(device, SourceDataLine.class));
    }

    /** The system's default capture line if it takes the call format, else the first listed microphone. */
    static CaptureLine openDefaultCapture() throws SoundDeviceException {
        Optional<TargetDataLine> line = openDefault(TargetDataLine.class);
        if (line.isPresent()) {
            return new JavaSoundCapture(line.get());
        }
        return openCapture(microphones().stream().findFirst()
                .orElseThrow(() -> new SoundDeviceException("this system has no microphone")));
    }

    /** The system's default playback line if it takes the call format, else the first listed speaker. */
    static PlaybackLine openDefaultPlayback() throws SoundDeviceException {
        Optional<SourceDataLine> line = openDefault(SourceDataLine.class);
        if (line.isPresent()) {
            return new JavaSoundPlayback(line.get());
        }
        return openPlayback(speakers().stream().findFirst()
                .orElseThrow(() -> new SoundDeviceException("this system has no speaker")));
    }

    private static <T extends DataLine> Optional<T> openDefault(Class<T> type) {
        DataLine.Info info = new DataLine.Info(type, CALL_FORMAT);
        try {
            if (!AudioSystem.isLineSupported(info)) {
                return Optional.empty();
            }
            T line = type.cast(AudioSystem.getLine(info));
            start(line, CALL_FORMAT);
            return Optional.of(line);
        } catch (LineUnavailableException | RuntimeException e) {
            LOG.log(Level.FINE, "the default " + type.getSimpleName() + " cannot be opened", e);
            return Optional.empty();
        }
    }

    private static <T extends DataLine> T open(SoundDevice device, Class<T> type) throws SoundDeviceException {
        Mixer mixer = mixers().entrySet().stream().filter(e -> e.getKey().id().equals(device.id()))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new SoundDeviceException("no sound device " + device.id()));
        AudioFormat format = lineFormat(mixer, type)
                .orElseThrow(() -> new SoundDeviceException(device.id() + " cannot carry 48 kHz PCM"));
        try {
            T line = type.cast(mixer.getLine(new DataLine.Info(type, format)));
            start(line, format);
            return line;
        } catch (LineUnavailableException | RuntimeException e) {
            throw new SoundDeviceException("cannot open " + device.id() + ": " + e.getMessage(), e);
        }
    }

    private static void start(DataLine line, AudioFormat format) throws LineUnavailableException {
        int bufferBytes = Math.round(format.getFrameRate() * LINE_BUFFER_MILLIS / 1000) * format.getFrameSize();
        if (line instanceof TargetDataLine target) {
            target.open(format, bufferBytes);
        } else {
            ((SourceDataLine) line).open(format, bufferBytes);
        }
        line.start();
    }

    private static final class JavaSoundCapture implements CaptureLine {
        private final TargetDataLine line;

        JavaSoundCapture(TargetDataLine line) {
            this.line = line;
        }

        @Override
        public AudioFormat format() {
            return line.getFormat();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int whole = length - length % line.getFormat().getFrameSize();
            if (whole == 0) {
                return 0;
            }
            // The line blocks until it has filled the request; less means it was closed or stopped.
            int n = line.read(buffer, offset, whole);
            return n == 0 ? -1 : n;
        }

        @Override
        public void close() {
            line.close();
        }
    }

    private static final class JavaSoundPlayback implements PlaybackLine {
        private final SourceDataLine line;

        JavaSoundPlayback(SourceDataLine line) {
            this.line = line;
        }

        @Override
        public AudioFormat format() {
            return line.getFormat();
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            if (!line.isOpen()) {
                throw new IOException("the speaker was closed");
            }
            line.write(buffer, offset, length);
        }

        @Override
        public void close() {
            line.close();
        }
    }
}
