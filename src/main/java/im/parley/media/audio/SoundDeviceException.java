package im.parley.media.audio;

/** A microphone or speaker that cannot be opened: gone, busy, or unable to carry 48 kHz mono PCM. */
public final class SoundDeviceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SoundDeviceException(String message) {
        super(message);
    }

    public SoundDeviceException(String message, Throwable cause) {
        super(message, cause);
    }
}
