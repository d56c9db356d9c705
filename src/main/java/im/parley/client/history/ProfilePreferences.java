package im.parley.client.history;

import im.parley.client.AtomicFiles;
import im.parley.client.Privacy;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The app's own choices in a profile (theme, font size, notifications, privacy switches), in
 * {@code preferences.properties} beside the archive: a file a person can read, replaced whole on
 * each change. Loading and changes touch the disk: call them off the UI thread; reading a value
 * once loaded does not.
 */
public final class ProfilePreferences {
    private static final String RECEIPTS = "send-receipts";
    private static final String CHAT_STATES = "send-chat-states";
    private static final String READ_MARKERS = "send-read-markers";
    private static final String IDLE_TIME = "idle-time-shown-to";

    private final Path file;
    private final Properties values = new Properties();

    private ProfilePreferences(Path file) {
        this.file = file;
    }

    /** The preferences of the profile in {@code folder}; none yet is not an error. */
    public static ProfilePreferences load(Path folder) {
        ProfilePreferences p = new ProfilePreferences(folder.resolve("preferences.properties"));
        try (Reader r = new StringReader(Files.readString(p.file))) {
            p.values.load(r);
        } catch (NoSuchFileException e) {
            // a new profile
        } catch (IOException | IllegalArgumentException e) {
            // A damaged file must not keep the app from starting: the defaults apply, and the
            // next change writes a good file.
            p.values.clear();
        }
        return p;
    }

    public synchronized Optional<String> get(String name) {
        return Optional.ofNullable(values.getProperty(name));
    }

    public synchronized boolean flag(String name, boolean otherwise) {
        return get(name).map(Boolean::parseBoolean).orElse(otherwise);
    }

    public synchronized double number(String name, double otherwise) {
        try {
            return get(name).map(Double::parseDouble).orElse(otherwise);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Sets (or with null removes) one value and writes the file. */
    public synchronized void put(String name, String value) {
        set(name, value);
        write();
    }

    /** The user's privacy choices; everything shared until they chose. */
    public synchronized Privacy privacy() {
        Privacy.IdleShownTo idle;
        try {
            idle = Privacy.IdleShownTo.valueOf(get(IDLE_TIME).orElse("everyone").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            idle = Privacy.IdleShownTo.EVERYONE;
        }
        return new Privacy(flag(RECEIPTS, true), flag(CHAT_STATES, true), flag(READ_MARKERS, true), idle);
    }

    /** Keeps the privacy choices, in one write. */
    public synchronized void savePrivacy(Privacy privacy) {
        set(RECEIPTS, Boolean.toString(privacy.deliveryReceipts()));
        set(CHAT_STATES, Boolean.toString(privacy.chatStates()));
        set(READ_MARKERS, Boolean.toString(privacy.readMarkers()));
        set(IDLE_TIME, privacy.idleTime().name().toLowerCase(Locale.ROOT));
        write();
    }

    private void set(String name, String value) {
        if (value == null) {
            values.remove(name);
        } else {
            values.setProperty(name, value);
        }
    }

    private void write() {
        StringWriter text = new StringWriter();
        try {
            values.store(text, "Parley preferences");
            AtomicFiles.replace(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the preferences in " + file, e);
        }
    }
}
