package im.parley.media.audio;

import java.util.Objects;

/**
 * An audio sink whose device can be changed while the media thread writes to it: a call keeps its
 * stream and only the speaker behind it changes. Each decoded block goes whole to one device.
 */
public final class SwitchableAudioSink implements AudioSink {
    private volatile AudioSink delegate;

    public SwitchableAudioSink(AudioSink initial) {
        this.delegate = Objects.requireNonNull(initial, "initial");
    }

    @Override
    public void write(short[] samples, int count) {
        delegate.write(samples, count);
    }

    /**
     * Sends the next blocks to {@code next}. Returns the device replaced, which the caller may
     * close: a block being written to it right now still completes.
     */
    public synchronized AudioSink switchTo(AudioSink next) {
        AudioSink previous = delegate;
        delegate = Objects.requireNonNull(next, "next");
        return previous;
    }
}
