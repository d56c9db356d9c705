package im.parley.ui.notify;

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
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The short chime of {@code resources/sounds/notification.wav}, played with Java Sound on a
 * thread of its own, since opening an audio line can take a moment. A machine without audio
 * output (or with it busy) plays nothing and says so once in the log.
 */
final class NotificationSound implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(NotificationSound.class.getName());
    /** A burst of messages (offline ones at sign-in) chimes once, not once each. */
    private static final long QUIET_NANOS = 1_500_000_000L;

    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-sound");
        t.setDaemon(true);
        return t;
    });
    private long lastPlayed = System.nanoTime() - QUIET_NANOS;
    private boolean unavailable;

    /** Plays the chime unless it just played; returns at once. */
    void play() {
        player.execute(() -> {
            long now = System.nanoTime();
            if (unavailable || now - lastPlayed < QUIET_NANOS) {
                return;
            }
            lastPlayed = now;
            try {
                playOnce();
            } catch (LineUnavailableException | IllegalArgumentException | IOException
                     | UnsupportedAudioFileException | SecurityException e) {
                unavailable = true;
                LOG.log(Level.INFO, "no audio output for the notification sound: " + e);
            }
        });
    }

    private static void playOnce() throws LineUnavailableException, IOException, UnsupportedAudioFileException {
        try (InputStream raw = NotificationSound.class.getResourceAsStream("/sounds/notification.wav")) {
            if (raw == null) {
                throw new IOException("the notification sound is missing from the class path");
            }
            AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(raw));
            Clip clip = AudioSystem.getClip();
            clip.addLineListener(e -> {
                if (e.getType() == LineEvent.Type.STOP) {
                    clip.close();
                }
            });
            clip.open(audio);
            clip.start();
        }
    }

    @Override
    public void close() {
        player.shutdownNow();
    }
}
