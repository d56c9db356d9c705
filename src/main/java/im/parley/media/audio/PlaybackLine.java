package im.parley.media.audio;

import java.io.IOException;
import javax.sound.sampled.AudioFormat;

/** Where a speaker's bytes go: a Java Sound line, or a fake in tests. */
interface PlaybackLine extends AutoCloseable {
    /** The PCM format the line takes; the call's audio is converted to it. */
    AudioFormat format();

    /** Writes whole frames, blocking while the device's own buffer is full. */
    void write(byte[] buffer, int offset, int length) throws IOException;

    /** Stops the device; a blocked {@link #write} returns. */
    @Override
    void close();
}
