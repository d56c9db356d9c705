package im.parley.media.audio;

import im.parley.media.Unpluggable;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.io.InputStream;
import java.io.InterruptedIOException;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * A speaker of the operating system as the call's audio sink. {@link #write} only queues the
 * samples in a bounded ring, so the media thread never waits for the device; a thread of its own
 * plays them. When the device falls behind, the oldest audio is dropped, which keeps the delay
 * under {@link #DEFAULT_BUFFER_MILLIS} plus the device's own buffer.
 */
public final class SpeakerSink implements AudioSink, Unpluggable, AutoCloseable {
    /** Ten frames: enough for the bursts a jitter buffer lets out, no more delay than that. */
    static final int DEFAULT_BUFFER_MILLIS = 200;

    private final PlaybackLine line;
    private final AudioInputStream pcm;
    private final SampleRing ring;
    private final DeviceThread player;

    /** Opens {@code device}, one of {@link SoundDevices#speakers()}, and starts playing. */
    public static SpeakerSink open(SoundDevices.SoundDevice device) throws SoundDeviceException {
        return start(SoundDevices.openPlayback(device), DEFAULT_BUFFER_MILLIS);
    }

    /** Opens the system's default speaker and starts playing. */
    public static SpeakerSink openDefault() throws SoundDeviceException {
        return start(SoundDevices.openDefaultPlayback(), DEFAULT_BUFFER_MILLIS);
    }

    /** Plays to {@code line}, queueing up to {@code bufferMillis} of audio the device has not taken yet. */
    static SpeakerSink start(PlaybackLine line, int bufferMillis) throws SoundDeviceException {
        SampleRing ring = new SampleRing(AudioFormat48k.SAMPLE_RATE / 1000 * bufferMillis);
        SpeakerSink sink;
        try {
            AudioInputStream queued = new AudioInputStream(new RingBytes(ring), SoundDevices.CALL_FORMAT,
                    AudioSystem.NOT_SPECIFIED);
            sink = new SpeakerSink(line, LinePcm.convert(queued, line.format()), ring);
        } catch (SoundDeviceException e) {
            line.close();
            throw e;
        }
        sink.player.start();
        return sink;
    }

    private SpeakerSink(PlaybackLine line, AudioInputStream pcm, SampleRing ring) {
        this.line = line;
        this.pcm = pcm;
        this.ring = ring;
        this.player = new DeviceThread("speaker", ring, line::close, this::play);
    }

    private void play() throws IOException {
        byte[] bytes = new byte[LinePcm.chunkBytes(line.format())];
        int n;
        while ((n = pcm.read(bytes, 0, bytes.length)) >= 0) {
            line.write(bytes, 0, n);
        }
    }

    /** Queues {@code count} samples for the device; never waits. */
    @Override
    public void write(short[] samples, int count) {
        ring.offer(samples, count);
    }

    /** Audio thrown away because the device took it more slowly than the call delivered it. */
    public long droppedSamples() {
        return ring.dropped();
    }

    @Override
    public CompletableFuture<Void> lost() {
        return player.lost();
    }

    /** Stops the device and its thread; what was still queued is not played. */
    @Override
    public void close() {
        player.close();
    }

    /** The queued samples as the little-endian bytes of the call format; blocks the player thread only. */
    private static final class RingBytes extends InputStream {
        private final SampleRing ring;
        private short[] samples = new short[0];

        RingBytes(SampleRing ring) {
            this.ring = ring;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("PCM is read in whole frames");
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int wanted = len / 2;
            if (wanted == 0) {
                return 0;
            }
            if (samples.length < wanted) {
                samples = new short[wanted];
            }
            int n;
            try {
                n = ring.take(samples, 0, wanted);
            } catch (InterruptedException e) {
                throw new InterruptedIOException("speaker stopped");
            }
            if (n < 0) {
                return -1;
            }
            LinePcm.encode(samples, n, b, off);
            return 2 * n;
        }
    }
}
