package im.parley.media.video;

import im.parley.media.Unpluggable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The system's cameras, through libjitsi's native bindings: on Linux the Video4Linux2 capture
 * devices under {@code /dev} (with no device node the native library is never loaded), on Windows
 * DirectShow's, on macOS the system capture API's. A system whose binding does not load lists none.
 */
public final class Cameras {
    private static final Logger LOG = Logger.getLogger(Cameras.class.getName());
    /** The size asked of a camera: enough for a call window, light for VP8 on one core. */
    public static final int WIDTH = 640;
    public static final int HEIGHT = 480;
    public static final int FRAME_RATE = 15;

    /**
     * One camera.
     *
     * @param id what settings keep to find it again: the device path on Linux, DirectShow's name
     *     on Windows, the unique id on macOS
     * @param name the name the driver gives
     */
    public record Camera(String id, String name) {
    }

    /** An open camera; closing it releases the device. */
    public interface Capture extends VideoSource, Unpluggable, AutoCloseable {
        @Override
        void close();
    }

    private Cameras() {
    }

    private enum OperatingSystem {
        LINUX,
        WINDOWS,
        MAC,
        OTHER;

        static OperatingSystem current() {
            String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return name.contains("linux") ? LINUX : name.startsWith("windows") ? WINDOWS
                    : name.contains("mac") ? MAC : OTHER;
        }
    }

    /** The cameras connected now; empty when there are none (or on a system without a binding). */
    public static List<Camera> list() {
        try {
            return switch (OperatingSystem.current()) {
                case LINUX -> list(Path.of("/dev"));
                case WINDOWS -> DirectShowCamera.names().stream().map(name -> new Camera(name, name)).toList();
                case MAC -> QuickTimeCamera.list();
                case OTHER -> List.of();
            };
        } catch (LinkageError | RuntimeException e) {
            LOG.log(Level.INFO, "the system's cameras cannot be listed", e);
            return List.of();
        }
    }

    /** The capture devices among {@code dev}'s {@code video*} nodes, in number order. */
    static List<Camera> list(Path dev) {
        List<Path> nodes;
        try (Stream<Path> files = Files.list(dev)) {
            nodes = files.filter(p -> p.getFileName().toString().matches("video\\d+"))
                    .sorted((a, b) -> Integer.compare(number(a), number(b))).toList();
        } catch (IOException | SecurityException e) {
            LOG.log(Level.FINE, "cannot list " + dev, e);
            return List.of();
        }
        List<Camera> cameras = new ArrayList<>();
        for (Path node : nodes) {
            try {
                V4l2Camera.probe(node.toString()).ifPresent(name -> cameras.add(new Camera(node.toString(), name)));
            } catch (LinkageError e) {
                LOG.log(Level.INFO, "no Video4Linux2 binding on this system", e);
                return List.of();
            }
        }
        return cameras;
    }

    private static int number(Path node) {
        return Integer.parseInt(node.getFileName().toString().substring("video".length()));
    }

    /** Opens camera {@code id} from {@link #list()}; empty when it is not connected now. */
    public static Optional<Capture> open(String id) throws IOException {
        try {
            // Windows and macOS look the device up as they open it: no second enumeration.
            return switch (OperatingSystem.current()) {
                case LINUX -> list().stream().anyMatch(c -> c.id().equals(id))
                        ? Optional.of(V4l2Camera.open(id, WIDTH, HEIGHT, FRAME_RATE)) : Optional.empty();
                case WINDOWS -> DirectShowCamera.open(id, WIDTH, HEIGHT, FRAME_RATE);
                case MAC -> QuickTimeCamera.open(id, WIDTH, HEIGHT, FRAME_RATE);
                case OTHER -> Optional.empty();
            };
        } catch (LinkageError e) {
            throw new IOException("the camera's native binding does not load on this system", e);
        }
    }
}
