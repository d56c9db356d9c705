package im.parley.client.call;

import im.parley.client.AtomicFiles;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The microphone, speaker and camera chosen in settings, by the ids {@link CallMedia} lists them
 * with, kept in the profile. A device not chosen, or chosen but unplugged since, leaves the choice to the caller
 * (the command line then sends a tone and only records).
 *
 * @param microphone the chosen microphone's id, or null
 * @param speaker the chosen speaker's id, or null
 * @param camera the chosen camera's id, or null
 */
public record DevicePreferences(String microphone, String speaker, String camera) {
    private static final Logger LOG = Logger.getLogger(DevicePreferences.class.getName());
    public static final DevicePreferences NONE = new DevicePreferences(null, null, null);
    private static final String MICROPHONE = "microphone";
    private static final String SPEAKER = "speaker";
    private static final String CAMERA = "camera";

    /** Sound devices only, no camera chosen. */
    public DevicePreferences(String microphone, String speaker) {
        this(microphone, speaker, null);
    }

    public DevicePreferences withMicrophone(String id) {
        return new DevicePreferences(id, speaker, camera);
    }

    public DevicePreferences withSpeaker(String id) {
        return new DevicePreferences(microphone, id, camera);
    }

    public DevicePreferences withCamera(String id) {
        return new DevicePreferences(microphone, speaker, id);
    }

    public Optional<String> chosenCamera() {
        return Optional.ofNullable(camera);
    }

    public Optional<String> chosenMicrophone() {
        return Optional.ofNullable(microphone);
    }

    public Optional<String> chosenSpeaker() {
        return Optional.ofNullable(speaker);
    }

    /** The preferences stored in {@code file}; none when it does not exist or cannot be read. */
    public static DevicePreferences load(Path file) {
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return new DevicePreferences(p.getProperty(MICROPHONE), p.getProperty(SPEAKER), p.getProperty(CAMERA));
        } catch (NoSuchFileException e) {
            return NONE;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warning("ignoring the unreadable device settings " + file + ": " + e.getMessage());
            return NONE;
        }
    }

    /** Replaces {@code file} with these preferences. */
    public void save(Path file) {
        Properties p = new Properties();
        if (microphone != null) {
            p.setProperty(MICROPHONE, microphone);
        }
        if (speaker != null) {
            p.setProperty(SPEAKER, speaker);
        }
        if (camera != null) {
            p.setProperty(CAMERA, camera);
        }
        try {
            StringWriter text = new StringWriter();
            p.store(text, "Parley call devices");
            AtomicFiles.replace(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the device settings in " + file, e);
        }
    }
}
