package im.parley.ui.call;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The ring of an incoming call: {@code resources/sounds/ring.wav} (two soft bell notes and a pause,
 * made for Parley) looped until the call is answered, declined or gone. Java Sound on a thread of
 * its own, since opening a line can take a moment; without audio output nothing plays.
 */
final class RingSound implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RingSound.class.getName());

    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-ring");
        t.setDaemon(true);
        return t;
    });
    /** Touched on the player thread only. */
    private Clip clip;

    /** Starts ringing, unless it rings already; returns at once. */
    void start() {
        player.execute(() -> {
            if (clip != null) {
                return;
            }
            try {
                clip = open();
                clip.loop(Clip.LOOP_CONTINUOUSLY);
            } catch (LineUnavailableException | IllegalArgumentException | IOException
                     | UnsupportedAudioFileException | SecurityException e) {
                LOG.log(Level.INFO, "no audio output for the ring: " + e);
            }
        });
    }

    /** Stops ringing; returns at once. */
    void stop() {
        player.execute(() -> {
            if (clip != null) {
                clip.stop();
                clip.close();
                clip = null;
            }
        });
    }

    private static Clip open() throws LineUnavailableException, IOException, UnsupportedAudioFileException {
        try (InputStream raw = RingSound.class.getResourceAsStream("/sounds/ring.wav")) {
            if (raw == null) {
                throw new IOException("the ring sound is missing from the class path");
            }
            AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(raw));
            Clip opened = AudioSystem.getClip();
            opened.open(audio);
            return opened;
        }
    }

    @Override
    public void close() {
        stop();
        player.shutdown();
    }
}
