package im.parley.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.media.video.I420;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Frames as the call window shows them: scaled to their box off the UI thread, one image kept, dropped when unseen. */
@ExtendWith(ApplicationExtension.class)
class VideoFramesTest {
    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;

    @Test
    void framesAreScaledToFitTheirBoxKeepingTheirShape() {
        VideoFrames frames = new VideoFrames(Platform::runLater);
        frames.showAt(160, 200);
        frames.frame(WIDTH, HEIGHT, white());
        WaitForAsyncUtils.waitForFxEvents();
        Image shown = frames.imageProperty().get();
        assertThat(shown.getWidth()).isEqualTo(160);
        assertThat(shown.getHeight()).isEqualTo(120);
        assertThat(shown.getPixelReader().getArgb(80, 60)).isEqualTo(0xffffffff);

        frames.showAt(600, 300);
        frames.frame(WIDTH, HEIGHT, white());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frames.imageProperty().get().getWidth()).isEqualTo(400);
        assertThat(frames.imageProperty().get().getHeight()).isEqualTo(300);
    }

    @Test
    void framesOfOneSizeRedrawOneImage() {
        VideoFrames frames = new VideoFrames(Platform::runLater);
        frames.frame(WIDTH, HEIGHT, white());
        WaitForAsyncUtils.waitForFxEvents();
        Image first = frames.imageProperty().get();
        byte[] black = white();
        Arrays.fill(black, 0, WIDTH * HEIGHT, (byte) 16);
        frames.frame(WIDTH, HEIGHT, black);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frames.imageProperty().get()).as("a new image would lay the window out again").isSameAs(first);
        assertThat(first.getPixelReader().getArgb(10, 10)).isEqualTo(0xff000000);
    }

    @Test
    void framesAreDroppedWhileNotShown() {
        VideoFrames frames = new VideoFrames(Platform::runLater);
        frames.shown(false);
        frames.frame(WIDTH, HEIGHT, white());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frames.imageProperty().get()).isNull();
        frames.shown(true);
        frames.frame(WIDTH, HEIGHT, white());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frames.imageProperty().get()).isNotNull();
    }

    @Test
    void aFollowerIsDrawnWithItsLeaderWhileTheLeadersFramesFlow() {
        VideoFrames peer = new VideoFrames(Platform::runLater);
        VideoFrames own = new VideoFrames(Platform::runLater);
        own.drawWith(peer);
        own.frame(WIDTH, HEIGHT, white());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(own.imageProperty().get()).as("no frames from the leader: drawn alone").isNotNull();
        Image before = own.imageProperty().get();
        own.showAt(160, 120);

        peer.frame(WIDTH, HEIGHT, white());
        // The leader has just drawn: well within the time after which it would count as stopped.
        awaitImage(peer);
        own.frame(WIDTH, HEIGHT, white());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(own.imageProperty().get()).as("waits for the leader's next frame").isSameAs(before);
        peer.frame(WIDTH, HEIGHT, white());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(own.imageProperty().get().getWidth()).isEqualTo(160);
    }

    private static void awaitImage(VideoFrames frames) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> frames.imageProperty().get() != null);
        } catch (TimeoutException e) {
            throw new AssertionError("no picture drawn within 5 s", e);
        }
    }

    private static byte[] white() {
        byte[] frame = new byte[I420.frameBytes(WIDTH, HEIGHT)];
        Arrays.fill(frame, 0, WIDTH * HEIGHT, (byte) 235);
        Arrays.fill(frame, WIDTH * HEIGHT, frame.length, (byte) 128);
        return frame;
    }
}
