package im.parley.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Spares a Linux machine without a usable GPU (a virtual machine, a remote desktop, Xvfb) JavaFX's
 * OpenGL probe. On such a machine JavaFX first loads the system's OpenGL stack (with Mesa's
 * software renderer about 50 MB of libraries, LLVM among them, and 60 ms of start-up) only to
 * refuse it and draw in software. The outcome is kept in the profile with the machine and display
 * it was found on: for a week after a refusal, starts there go straight to software drawing; then
 * the probe runs again, in case a GPU or a driver came. An explicit {@code prism.order} wins and is
 * left alone, as are other systems than Linux.
 */
final class GraphicsProbe {
    static final String FILE = "graphics.properties";
    static final Duration TRUSTED_FOR = Duration.ofDays(7);
    /** Looked up when needed: this class loads before the toolkit starts (see ParleyApp's log()). */
    private static Logger log() {
        return Logger.getLogger(GraphicsProbe.class.getName());
    }

    private final Path file;
    private final String machine;
    private final Clock clock;
    private final Function<String, String> property;
    private final BiConsumer<String, String> setProperty;
    private boolean probing;

    /** {@code property} and {@code setProperty} are the system properties the toolkit reads. */
    GraphicsProbe(Path profile, String machine, Clock clock, Function<String, String> property,
                  BiConsumer<String, String> setProperty) {
        this.file = profile.resolve(FILE);
        this.machine = machine;
        this.clock = clock;
        this.property = property;
        this.setProperty = setProperty;
    }

    /** For this machine and display, or null where the probe is not this class's business. */
    static GraphicsProbe forThisMachine(Path profile) {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return null;
        }
        String id;
        try {
            id = Files.readString(Path.of("/etc/machine-id"), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            id = System.getenv().getOrDefault("HOSTNAME", "unknown");
        }
        String display = System.getenv().getOrDefault("WAYLAND_DISPLAY", "") + "/" + System.getenv().getOrDefault("DISPLAY", "");
        return new GraphicsProbe(profile, id + " " + display, Clock.systemUTC(), System::getProperty, System::setProperty);
    }

    /**
     * Before the toolkit starts: chooses software drawing if the probe refused the GPU on this
     * machine within the week. Reads one small file.
     */
    void beforeToolkit() {
        if (property.apply("prism.order") != null) {
            return;
        }
        Properties kept = read();
        boolean refusedHere = machine.equals(kept.getProperty("machine")) && "false".equals(kept.getProperty("gpu"));
        if (refusedHere && recent(kept.getProperty("probed"))) {
            setProperty.accept("prism.order", "sw");
        } else {
            probing = true;
        }
    }

    /** Once the toolkit runs: keeps what its probe found, if it probed. File I/O: not on the FX thread. */
    void afterToolkit(BooleanSupplier gpuPipeline) {
        if (!probing) {
            return;
        }
        Properties found = new Properties();
        found.setProperty("machine", machine);
        found.setProperty("gpu", Boolean.toString(gpuPipeline.getAsBoolean()));
        found.setProperty("probed", clock.instant().toString());
        try {
            Path partial = file.resolveSibling(FILE + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                found.store(out, "Whether JavaFX could draw with this machine's GPU (Parley skips a failed probe for a week)");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log().log(Level.FINE, "could not keep the graphics probe's result in " + file, e);
        }
    }

    private Properties read() {
        Properties kept = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            kept.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // Missing or unreadable: probe as on a first start.
        }
        return kept;
    }

    private boolean recent(String probed) {
        if (probed == null) {
            return false;
        }
        try {
            Instant at = Instant.parse(probed);
            Instant now = clock.instant();
            return !at.isAfter(now) && at.plus(TRUSTED_FOR).isAfter(now);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
