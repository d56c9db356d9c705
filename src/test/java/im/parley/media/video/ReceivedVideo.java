package im.parley.media.video;

import java.util.ArrayList;
import java.util.List;

/** A sink that remembers, for every decoded frame, when it came, its size and which test-pattern frame it shows. */
public final class ReceivedVideo implements VideoSink {
    /** How far the decoded bar may sit from where the pattern drew it: VP8 blurs its edges. */
    private static final int BAR_TOLERANCE = 2;
    private static final int WHITE_ENOUGH = 180;

    public record Frame(long nanoTime, int width, int height, int number, boolean barWhereDrawn) {
    }

    private final List<Frame> frames = new ArrayList<>();

    @Override
    public void frame(int width, int height, byte[] i420) {
        int number = TestPatternSource.frameNumber(i420, width);
        int bar = barLeftEdge(i420, width, height);
        boolean barWhereDrawn = Math.abs(bar - TestPatternSource.barPosition(number, width)) <= BAR_TOLERANCE;
        synchronized (frames) {
            frames.add(new Frame(System.nanoTime(), width, height, number, barWhereDrawn));
        }
    }

    public List<Frame> frames() {
        synchronized (frames) {
            return List.copyOf(frames);
        }
    }

    public int count() {
        synchronized (frames) {
            return frames.size();
        }
    }

    /** Leftmost column whose luma, averaged below the frame number, is white; -1 if none is. */
    private static int barLeftEdge(byte[] i420, int width, int height) {
        int top = 2 * TestPatternSource.BLOCK;
        for (int x = 0; x < width; x++) {
            long sum = 0;
            for (int y = top; y < height; y++) {
                sum += i420[y * width + x] & 0xff;
            }
            if (sum / (height - top) > WHITE_ENOUGH) {
                return x;
            }
        }
        return -1;
    }
}
