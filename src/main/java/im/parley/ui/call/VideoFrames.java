package im.parley.ui.call;

import im.parley.media.video.VideoSink;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Decoded frames shown as a JavaFX image, at the size they are shown at. The thread that delivers a
 * frame converts it to ARGB and scales it (bilinear, as a smooth {@code ImageView} would) to fit
 * the box given by {@link #showAt}, into a back buffer; the buffers swap, and the UI thread copies
 * the front one into the pixel buffer behind one {@link WritableImage}. So the renderer only
 * copies pixels: in software rendering, scaling every picture there cost more than the call's
 * video coding. Buffers and image are made again only when the size changes; frames that arrive
 * while the UI thread has not drawn the last one replace it instead of queuing; frames that arrive
 * while the picture is not shown ({@link #shown}) are dropped before conversion.
 */
public final class VideoFrames implements VideoSink {
    /** A leader with no frame drawn for this long has stopped: its follower draws on its own. */
    private static final long LEADER_GONE_NANOS = 200_000_000L;

    private final Executor ui;
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();
    private final AtomicBoolean drawQueued = new AtomicBoolean();
    private final Object swap = new Object();
    private volatile boolean shown = true;
    /** The box the picture is fitted into, in pixels: width in the high half, height in the low; 0 for as it comes. */
    private volatile long box;
    /** The frame in ARGB at its own size, before scaling; the delivering thread's own. */
    private int[] converted = new int[0];
    private ArgbScaler scaler;
    private int[] back = new int[0];
    private int[] front = new int[0];
    private int frontWidth;
    private int frontHeight;
    /** Whether the front buffer holds a frame not drawn yet. */
    private boolean fresh;
    /** UI thread only. */
    private PixelBuffer<IntBuffer> pixels;
    /** Frames drawn in the same pass as this one's, while this one's flow; set once, before frames come. */
    private volatile VideoFrames follower;
    private volatile VideoFrames leader;
    /** When this one last drew a frame, System.nanoTime; a leader that stopped no longer holds its follower back. */
    private volatile long lastDrawn = System.nanoTime() - 2 * LEADER_GONE_NANOS;

    public VideoFrames(Executor ui) {
        this.ui = ui;
    }

    /** The latest frame; null until the first arrives. */
    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /**
     * Frames from now on are scaled to fit {@code width} x {@code height} pixels, keeping their
     * shape; zero or less for their own size. Any thread.
     */
    public void showAt(double width, double height) {
        int w = (int) Math.max(0, Math.round(width));
        int h = (int) Math.max(0, Math.round(height));
        box = w == 0 || h == 0 ? 0 : (long) w << 32 | h;
    }

    /** Whether the picture is on screen; while not, frames are dropped. Any thread. */
    public void shown(boolean on) {
        shown = on;
    }

    /**
     * Draws this one's frames in the pass that draws {@code other}'s, while {@code other}'s flow:
     * two pictures changing at different moments would make two redraws of the window per frame.
     * A frame of this one waits at most one of {@code other}'s frame times.
     */
    public void drawWith(VideoFrames other) {
        leader = other;
        other.follower = this;
    }

    @Override
    public void frame(int width, int height, byte[] i420) {
        if (!shown) {
            return;
        }
        long fitted = fitted(width, height, box);
        int targetWidth = (int) (fitted >>> 32);
        int targetHeight = (int) fitted;
        if (back.length != targetWidth * targetHeight) {
            back = new int[targetWidth * targetHeight];
        }
        if (targetWidth == width && targetHeight == height) {
            I420Pixels.toArgb(i420, width, height, back);
        } else {
            // A picture shown at half its size or less starts from the half-size conversion.
            boolean half = 2 * targetWidth <= width && 2 * targetHeight <= height;
            int fromWidth = half ? width / 2 : width;
            int fromHeight = half ? height / 2 : height;
            if (converted.length != fromWidth * fromHeight) {
                converted = new int[fromWidth * fromHeight];
            }
            if (half) {
                I420Pixels.toArgbHalf(i420, width, height, converted);
            } else {
                I420Pixels.toArgb(i420, width, height, converted);
            }
            if (scaler == null || !scaler.scales(fromWidth, fromHeight, targetWidth, targetHeight)) {
                scaler = new ArgbScaler(fromWidth, fromHeight, targetWidth, targetHeight);
            }
            scaler.scale(converted, back);
        }
        synchronized (swap) {
            int[] drawn = front;
            front = back;
            back = drawn;
            frontWidth = targetWidth;
            frontHeight = targetHeight;
            fresh = true;
        }
        VideoFrames drawsMe = leader;
        if (drawsMe != null && System.nanoTime() - drawsMe.lastDrawn < LEADER_GONE_NANOS) {
            return;
        }
        if (drawQueued.compareAndSet(false, true)) {
            ui.execute(this::draw);
        }
    }

    /** A width x height frame fitted into {@code box} keeping its shape, packed as {@link #box} is; as it is for no box. */
    private static long fitted(int width, int height, long box) {
        if (box == 0) {
            return (long) width << 32 | height;
        }
        int boxWidth = (int) (box >>> 32);
        int boxHeight = (int) box;
        if ((long) boxWidth * height > (long) boxHeight * width) {
            return Math.max(1, Math.round((double) width * boxHeight / height)) << 32 | boxHeight;
        }
        return (long) boxWidth << 32 | Math.max(1, Math.round((double) height * boxWidth / width));
    }

    private void draw() {
        drawQueued.set(false);
        VideoFrames drawnWithMe = follower;
        if (drawnWithMe != null) {
            drawnWithMe.draw();
        }
        synchronized (swap) {
            if (!fresh) {
                return;
            }
            fresh = false;
            lastDrawn = System.nanoTime();
            if (pixels == null || pixels.getWidth() != frontWidth || pixels.getHeight() != frontHeight) {
                IntBuffer buffer = ByteBuffer.allocateDirect(frontWidth * frontHeight * Integer.BYTES)
                        .order(ByteOrder.nativeOrder()).asIntBuffer();
                buffer.put(front, 0, frontWidth * frontHeight).rewind();
                pixels = new PixelBuffer<>(frontWidth, frontHeight, buffer, PixelFormat.getIntArgbPreInstance());
                image.set(new WritableImage(pixels));
                return;
            }
            pixels.updateBuffer(p -> {
                p.getBuffer().rewind();
                p.getBuffer().put(front, 0, frontWidth * frontHeight).rewind();
                return null;
            });
        }
    }
}
