package im.parley.media.video;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.media.video.CaptureFormat.Layout;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptureFormatTest {
    @Test
    void theWantedSizeInItsCheapestLayout() {
        List<CaptureFormat> offered = List.of(new CaptureFormat(Layout.BGR24_BOTTOM_UP, 640, 480),
                new CaptureFormat(Layout.YUYV, 1280, 720), new CaptureFormat(Layout.YUYV, 640, 480),
                new CaptureFormat(Layout.NV12, 320, 240));
        assertThat(CaptureFormat.best(offered, 640, 480)).contains(new CaptureFormat(Layout.YUYV, 640, 480));
    }

    @Test
    void otherwiseTheNearestSizeAndTheSmallerOnATie() {
        List<CaptureFormat> offered = List.of(new CaptureFormat(Layout.YUYV, 1920, 1080),
                new CaptureFormat(Layout.YUYV, 800, 600), new CaptureFormat(Layout.YUYV, 352, 288));
        assertThat(CaptureFormat.best(offered, 640, 480)).contains(new CaptureFormat(Layout.YUYV, 800, 600));
        List<CaptureFormat> tie = List.of(new CaptureFormat(Layout.PLANAR_I420, 4, 6), new CaptureFormat(Layout.PLANAR_I420, 2, 6));
        assertThat(CaptureFormat.best(tie, 3, 6)).contains(new CaptureFormat(Layout.PLANAR_I420, 2, 6));
    }

    @Test
    void oddSizesAndNothingOfferedGiveNothing() {
        assertThat(CaptureFormat.best(List.of(new CaptureFormat(Layout.YUYV, 641, 480)), 640, 480)).isEmpty();
        assertThat(CaptureFormat.best(List.of(), 640, 480)).isEmpty();
    }

    @Test
    void eachLayoutConvertsAFrameOfItsOwnSize() {
        for (Layout layout : Layout.values()) {
            byte[] frame = new byte[layout.frameBytes(4, 2)];
            byte[] i420 = new byte[I420.frameBytes(4, 2)];
            layout.toI420(frame, 4, 2, i420);
            assertThat(i420[0] & 0xff).as(layout.name()).isIn(0, 16);
        }
    }
}
