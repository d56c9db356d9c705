package im.parley.it;

import im.parley.media.audio.AudioFormat48k;
import im.parley.media.audio.Goertzel;
import im.parley.media.audio.WavFiles;
import java.io.File;
import java.io.IOException;

/** Reads a call recording and measures how much of its last second is one tone. */
final class RecordedTone {
    private RecordedTone() {
    }

    static double share(File wav, double hertz) throws IOException {
        short[] pcm = WavFiles.read(wav);
        int length = Math.min(pcm.length, AudioFormat48k.SAMPLE_RATE);
        // Skip the final 100 ms: the far end may have stopped sending mid-frame.
        int end = Math.max(length, pcm.length - AudioFormat48k.SAMPLE_RATE / 10);
        return Goertzel.energyShare(pcm, end - length, length, hertz);
    }
}
