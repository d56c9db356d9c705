package im.parley.media.audio;

import im.parley.media.Unpluggable;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.Arrays;
import javax.sound.sampled.AudioInputStream;

/**
 * A microphone of the operating system as the call's audio source. A thread of its own reads the
 * device into a bounded ring, so {@link #read} never waits for the device: the media thread takes
 * what is there and hears silence for what is missing. When the device runs ahead, the oldest
 * audio is dropped, which keeps the delay under {@link #DEFAULT_BUFFER_MILLIS}.
 */
public final class MicrophoneSource implements AudioSource, Unpluggable, AutoCloseable {
    /** Six frames: room for a device that delivers in bursts, little delay added. */
    static final int DEFAULT_BUFFER_MILLIS = 120;

    private final AudioInputStream pcm;
    private final SampleRing ring;
    private final DeviceThread reader;

    /** Opens {@code device}, one of {@link SoundDevices#microphones()}, and starts capturing. */
    public static MicrophoneSource open(SoundDevices.SoundDevice device) throws SoundDeviceException {
        return start(SoundDevices.openCapture(device), DEFAULT_BUFFER_MILLIS);
    }

    /** Opens the system's default microphone and starts capturing. */
    public static MicrophoneSource openDefault() throws SoundDeviceException {
        return start(SoundDevices.openDefaultCapture(), DEFAULT_BUFFER_MILLIS);
    }

    /** Captures from {@code line}, keeping up to {@code bufferMillis} of audio for the media thread. */
    static MicrophoneSource start(CaptureLine line, int bufferMillis) throws SoundDeviceException {
        MicrophoneSource source;
        try {
            source = new MicrophoneSource(line, LinePcm.captured(line), bufferMillis);
        } catch (SoundDeviceException e) {
            line.close();
            throw e;
        }
        source.reader.start();
        return source;
    }

    private MicrophoneSource(CaptureLine line, AudioInputStream pcm, int bufferMillis) {
        this.pcm = pcm;
        this.ring = new SampleRing(AudioFormat48k.SAMPLE_RATE / 1000 * bufferMillis);
        this.reader = new DeviceThread("microphone", ring, line::close, this::capture);
    }

    private void capture() throws IOException {
        byte[] bytes = new byte[LinePcm.chunkBytes(SoundDevices.CALL_FORMAT)];
        short[] samples = new short[bytes.length / 2];
        int n;
        while ((n = pcm.read(bytes, 0, bytes.length)) >= 0) {
            LinePcm.decode(bytes, n, samples);
            ring.offer(samples, n / 2);
        }
    }

    /** Fills {@code frame} with the oldest captured audio, padded with silence; never waits. */
    @Override
    public void read(short[] frame) {
        int n = ring.poll(frame, 0, frame.length);
        Arrays.fill(frame, n, frame.length, (short) 0);
    }

    /** Audio thrown away because the media thread took it more slowly than the device gave it. */
    public long droppedSamples() {
        return ring.dropped();
    }

    @Override
    public CompletableFuture<Void> lost() {
        return reader.lost();
    }

    /** Stops the device and its thread; later reads give what was captured before, then silence. */
    @Override
    public void close() {
        reader.close();
    }
}
