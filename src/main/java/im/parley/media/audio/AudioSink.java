package im.parley.media.audio;

/** Receives what the far end sends, decoded to 48 kHz mono PCM (the speaker's role). */
public interface AudioSink {
    void write(short[] samples, int count);
}
