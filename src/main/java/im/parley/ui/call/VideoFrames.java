package im.parley.ui.call;

import im.parley.media.video.VideoSink;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Decoded frames shown as a JavaFX image. The conversion runs on the thread that delivers the
 * frame, into a back buffer; the buffers swap, and the UI thread copies the front one into one
 * {@link WritableImage}. Buffers and image are made again only when the frame size changes, and
 * frames that arrive while the UI thread has not drawn the last one replace it instead of queuing.
 */
public final class VideoFrames implements VideoSink {
    private final Executor ui;
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();
    private final AtomicBoolean drawQueued = new AtomicBoolean();
    private final Object swap = new Object();
    private int[] back = new int[0];
    private int[] front = new int[0];
    private int frontWidth;
    private int frontHeight;

    public VideoFrames(Executor ui) {
        this.ui = ui;
    }

    /** The latest frame; null until the first arrives. */
    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    @Override
    public void frame(int width, int height, byte[] i420) {
        if (back.length != width * height) {
            back = new int[width * height];
        }
        I420Pixels.toArgb(i420, width, height, back);
        synchronized (swap) {
            int[] drawn = front;
            front = back;
            back = drawn;
            frontWidth = width;
            frontHeight = height;
        }
        if (drawQueued.compareAndSet(false, true)) {
            ui.execute(this::draw);
        }
    }

    private void draw() {
        drawQueued.set(false);
        synchronized (swap) {
            if (frontWidth == 0) {
                return;
            }
            WritableImage shown = image.get() instanceof WritableImage w && (int) w.getWidth() == frontWidth
                    && (int) w.getHeight() == frontHeight ? w : new WritableImage(frontWidth, frontHeight);
            shown.getPixelWriter().setPixels(0, 0, frontWidth, frontHeight, PixelFormat.getIntArgbPreInstance(),
                    front, 0, frontWidth);
            image.set(shown);
        }
    }
}
