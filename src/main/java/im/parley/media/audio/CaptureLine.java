package im.parley.media.audio;

import java.io.IOException;
import javax.sound.sampled.AudioFormat;

/** Where a microphone's bytes come from: a Java Sound line, or a fake in tests. */
interface CaptureLine extends AutoCloseable {
    /** The PCM format the line delivers; converted to the call format by the reader. */
    AudioFormat format();

    /**
     * Blocks until some whole frames are read.
     *
     * @return the bytes read, or -1 once the line is closed or stopped
     */
    int read(byte[] buffer, int offset, int length) throws IOException;

    /** Stops the device; a blocked {@link #read} returns. */
    @Override
    void close();
}
