package im.parley.media.video;

import java.util.Arrays;

/**
 * A synthetic camera: grey frames with a white bar that moves right by {@link #BAR_STEP} pixels a
 * frame, and the frame number written as 16 black or white blocks along the top. The blocks are
 * 16x16 and aligned to VP8's macroblocks, so they survive lossy coding; the receiver reads the
 * number back with {@link #frameNumber} to check content and order.
 */
public final class TestPatternSource extends FixedSizeVideoSource {
    public static final int MARKER_BITS = 16;
    public static final int BLOCK = 16;
    public static final int BAR_WIDTH = 16;
    public static final int BAR_STEP = 8;
    private static final byte BLACK = 16;
    private static final byte WHITE = (byte) 235;
    private static final byte GREY = (byte) 128;

    private int next;

    public TestPatternSource(int width, int height, int frameRate) {
        super(width, height, frameRate);
        if (width < MARKER_BITS * BLOCK || height < 2 * BLOCK) {
            throw new IllegalArgumentException("the frame number needs at least " + MARKER_BITS * BLOCK + "x" + 2 * BLOCK);
        }
    }

    @Override
    public synchronized void read(byte[] i420) {
        int frame = next++;
        Arrays.fill(i420, 0, I420.frameBytes(width, height), GREY);
        for (int bit = 0; bit < MARKER_BITS; bit++) {
            byte shade = ((frame >> (MARKER_BITS - 1 - bit)) & 1) == 1 ? WHITE : BLACK;
            for (int y = 0; y < BLOCK; y++) {
                Arrays.fill(i420, y * width + bit * BLOCK, y * width + (bit + 1) * BLOCK, shade);
            }
        }
        int bar = barPosition(frame, width);
        for (int y = 2 * BLOCK; y < height; y++) {
            Arrays.fill(i420, y * width + bar, y * width + bar + BAR_WIDTH, WHITE);
        }
    }

    /** Left edge of the bar in a frame; it wraps round at the right edge. */
    public static int barPosition(int frame, int width) {
        return (frame * BAR_STEP) % (width - BAR_WIDTH);
    }

    /** The frame number written into a frame (modulo 2^16), read from the middle of each block. */
    public static int frameNumber(byte[] i420, int width) {
        int number = 0;
        for (int bit = 0; bit < MARKER_BITS; bit++) {
            int sum = 0;
            for (int y = BLOCK / 4; y < BLOCK * 3 / 4; y++) {
                for (int x = bit * BLOCK + BLOCK / 4; x < (bit + 1) * BLOCK - BLOCK / 4; x++) {
                    sum += i420[y * width + x] & 0xff;
                }
            }
            number = (number << 1) | (sum / (BLOCK * BLOCK / 4) > 128 ? 1 : 0);
        }
        return number;
    }
}
