package im.parley.media.audio;

/** What the far end hears: fills one 20 ms frame of 48 kHz mono PCM each call (the microphone's role). */
public interface AudioSource {
    void read(short[] frame);
}
