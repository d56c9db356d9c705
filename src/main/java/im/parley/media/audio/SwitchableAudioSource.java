package im.parley.media.audio;

import java.util.Objects;

/**
 * An audio source whose device can be changed while the media thread reads from it: a call keeps
 * its stream and only the microphone behind it changes. Each frame comes whole from one device.
 */
public final class SwitchableAudioSource implements AudioSource {
    private volatile AudioSource delegate;

    public SwitchableAudioSource(AudioSource initial) {
        this.delegate = Objects.requireNonNull(initial, "initial");
    }

    @Override
    public void read(short[] frame) {
        delegate.read(frame);
    }

    /**
     * Takes the next frames from {@code next}. Returns the device replaced, which the caller may
     * close: a frame being read from it right now still completes.
     */
    public synchronized AudioSource switchTo(AudioSource next) {
        AudioSource previous = delegate;
        delegate = Objects.requireNonNull(next, "next");
        return previous;
    }
}
