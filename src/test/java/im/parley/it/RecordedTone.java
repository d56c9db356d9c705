package im.parley.it;

import im.parley.media.audio.AudioFormat48k;
import im.parley.media.audio.Goertzel;
import im.parley.media.audio.WavFiles;
import java.io.File;
import java.io.IOException;

/**
 * Reads a call recording and measures how much of the last second of sound in it is one tone.
 * The silence the recording ends with is not counted: between the far end's last packet and the
 * hang-up reaching this end over the server there is nothing to hear, and on a loaded machine
 * that gap alone can fill a third of the final second.
 */
final class RecordedTone {
    /** Quieter than any sample near the peak of a tone at half scale: only silence and comfort noise. */
    private static final int SILENT = 500;

    private RecordedTone() {
    }

    static double share(File wav, double hertz) throws IOException {
        short[] pcm = WavFiles.read(wav);
        int sounding = pcm.length;
        while (sounding > 0 && Math.abs(pcm[sounding - 1]) < SILENT) {
            sounding--;
        }
        // Skip the final 100 ms of sound too: the far end may have stopped sending mid-frame.
        int end = Math.max(0, sounding - AudioFormat48k.SAMPLE_RATE / 10);
        int length = Math.min(end, AudioFormat48k.SAMPLE_RATE);
        return Goertzel.heardShare(pcm, end - length, length, hertz);
    }
}
