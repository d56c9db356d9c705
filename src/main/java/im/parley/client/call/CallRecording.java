package im.parley.client.call;

import im.parley.media.audio.AudioSink;
import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.WavFiles;
import java.io.File;
import java.io.IOException;

/**
 * What the far end sent in a call or test call: kept whole, to be saved as a WAV file (48 kHz
 * mono) when the call ends, and its latest second, to tell how much of it is a given tone.
 */
public final class CallRecording implements AudioSink {
    private final WavFiles.Recorder recorder = new WavFiles.Recorder();
    private final ReceivedAudio received = new ReceivedAudio(recorder);

    @Override
    public void write(short[] samples, int count) {
        received.write(samples, count);
    }

    /** How much of the latest second received is a sine of {@code hertz} (0..1). */
    public double toneShare(double hertz) {
        return received.toneShare(hertz);
    }

    /** Writes everything received so far to {@code wav}. */
    public void save(File wav) throws IOException {
        recorder.save(wav);
    }
}
