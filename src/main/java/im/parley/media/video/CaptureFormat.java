package im.parley.media.video;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One way a camera offers to deliver its pictures: a pixel layout and a size. A camera lists
 * several; {@link #best} picks the one to ask for.
 */
record CaptureFormat(Layout layout, int width, int height) {
    /** The layouts Parley converts to I420 itself, cheapest first. */
    enum Layout {
        PLANAR_I420,
        NV12,
        YUYV,
        UYVY,
        BGR24_BOTTOM_UP,
        BGRA32_BOTTOM_UP;

        /** Bytes one frame of this layout takes at {@code width} x {@code height} (even sizes). */
        int frameBytes(int width, int height) {
            return switch (this) {
                case PLANAR_I420, NV12 -> I420.frameBytes(width, height);
                case YUYV, UYVY -> width * height * 2;
                case BGR24_BOTTOM_UP -> width * height * 3;
                case BGRA32_BOTTOM_UP -> width * height * 4;
            };
        }

        /** Converts one frame of this layout into {@code i420}. */
        void toI420(byte[] frame, int width, int height, byte[] i420) {
            switch (this) {
                case PLANAR_I420 -> System.arraycopy(frame, 0, i420, 0, I420.frameBytes(width, height));
                case NV12 -> ToI420.fromNv12(frame, width, height, i420);
                case YUYV -> ToI420.fromYuyv(frame, width, height, i420);
                case UYVY -> ToI420.fromUyvy(frame, width, height, i420);
                case BGR24_BOTTOM_UP -> ToI420.fromBottomUpBgr24(frame, width, height, i420);
                case BGRA32_BOTTOM_UP -> ToI420.fromBgra32(frame, width, height, true, i420);
            }
        }
    }

    /**
     * The format to ask for among {@code offered} (those of unknown layout left out by the caller):
     * the size nearest {@code width} x {@code height} in pixels, the wanted one or a smaller one
     * on a tie, and at that size the cheapest layout. Odd sizes are skipped (4:2:0 needs even
     * ones). Empty when nothing usable is offered.
     */
    static Optional<CaptureFormat> best(List<CaptureFormat> offered, int width, int height) {
        long wanted = (long) width * height;
        return offered.stream()
                .filter(f -> f.width() > 0 && f.height() > 0 && f.width() % 2 == 0 && f.height() % 2 == 0)
                .min(Comparator.<CaptureFormat>comparingLong(f -> Math.abs((long) f.width() * f.height() - wanted))
                        .thenComparingLong(f -> (long) f.width() * f.height())
                        .thenComparing(CaptureFormat::layout));
    }
}
