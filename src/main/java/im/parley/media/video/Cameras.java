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
 * The system's cameras. On Linux, the Video4Linux2 capture devices under {@code /dev}; DirectShow
 * (Windows) and AVFoundation (macOS) are not wired yet, so there none are listed. With no device
 * node the native library is never loaded.
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
     * @param id what settings keep to find it again (the device path on Linux)
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

    /** The cameras connected now; empty when there are none (or on a system not supported yet). */
    public static List<Camera> list() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return List.of();
        }
        return list(Path.of("/dev"));
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
        if (list().stream().noneMatch(c -> c.id().equals(id))) {
            return Optional.empty();
        }
        return Optional.of(V4l2Camera.open(id, WIDTH, HEIGHT, FRAME_RATE));
    }
}
