package im.parley.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * PNGs of the real app's windows, for people to look at: into target/screenshots, or the folder
 * {@code -Dparley.screenshots=DIR} names (docs/screenshots for README).
 */
final class Snapshots {
    private Snapshots() {
    }

    static Path folder() {
        return Path.of(System.getProperty("parley.screenshots", "target/screenshots"));
    }

    /** Writes the scene {@code node} is in as {@code name}.png, after pending layout and CSS. */
    static void write(Node node, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
                Scene scene = node.getScene();
                return scene.snapshot(null);
            }).get(10, TimeUnit.SECONDS);
            Path file = folder().resolve(name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException | InterruptedException | java.util.concurrent.ExecutionException
                 | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not write the screenshot " + name, e);
        }
    }
}
