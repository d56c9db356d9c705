package im.parley.ui.call;

/**
 * Bilinear scaling of opaque ARGB pictures from one size to another, as JavaFX's smooth
 * {@code ImageView} scales: each target pixel's centre mapped into the source, the four nearest
 * source pixels weighted by distance. The per-column and per-row positions are worked out once per
 * pair of sizes, so a video's frames scale with four reads and a few multiplies a pixel.
 */
final class ArgbScaler {
    /** Weights in 1/256ths. */
    private static final int ONE = 256;

    private final int sourceWidth;
    private final int sourceHeight;
    private final int targetWidth;
    private final int targetHeight;
    private final int[] column;
    private final int[] columnWeight;
    private final int[] row;
    private final int[] rowWeight;
    /** The source rows above and below the target row being made, scaled across. */
    private int[] upper;
    private int[] lower;

    ArgbScaler(int sourceWidth, int sourceHeight, int targetWidth, int targetHeight) {
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        this.targetWidth = targetWidth;
        this.targetHeight = targetHeight;
        column = new int[targetWidth];
        columnWeight = new int[targetWidth];
        positions(sourceWidth, targetWidth, column, columnWeight);
        row = new int[targetHeight];
        rowWeight = new int[targetHeight];
        positions(sourceHeight, targetHeight, row, rowWeight);
        upper = new int[targetWidth];
        lower = new int[targetWidth];
    }

    boolean scales(int fromWidth, int fromHeight, int toWidth, int toHeight) {
        return sourceWidth == fromWidth && sourceHeight == fromHeight && targetWidth == toWidth
                && targetHeight == toHeight;
    }

    /**
     * Scales {@code source} (sourceWidth x sourceHeight) into {@code target} (targetWidth x
     * targetHeight): each source row needed is scaled across once, into one of two rows kept, and
     * each target row mixes the two rows above and below it.
     */
    void scale(int[] source, int[] target) {
        int upperRow = -1;
        int lowerRow = -1;
        for (int y = 0; y < targetHeight; y++) {
            int wanted = row[y];
            int next = Math.min(wanted + 1, sourceHeight - 1);
            if (wanted == lowerRow) {
                int[] kept = upper;
                upper = lower;
                lower = kept;
                upperRow = lowerRow;
                lowerRow = -1;
            }
            if (upperRow != wanted) {
                across(source, wanted, upper);
                upperRow = wanted;
            }
            if (lowerRow != next) {
                across(source, next, lower);
                lowerRow = next;
            }
            int wy = rowWeight[y];
            int out = y * targetWidth;
            if (wy == 0) {
                System.arraycopy(upper, 0, target, out, targetWidth);
                continue;
            }
            for (int x = 0; x < targetWidth; x++) {
                target[out + x] = mix(upper[x], lower[x], wy);
            }
        }
    }

    /** Source row {@code y} scaled to the target's width, into {@code into}. */
    private void across(int[] source, int y, int[] into) {
        int start = y * sourceWidth;
        int last = start + sourceWidth - 1;
        for (int x = 0; x < targetWidth; x++) {
            int left = start + column[x];
            into[x] = mix(source[left], source[Math.min(left + 1, last)], columnWeight[x]);
        }
    }

    /**
     * {@code a} and {@code b} mixed, {@code w}/256 of b: red and blue side by side in one int, green
     * in another, each channel with 8 spare bits above it for the products; the result is opaque.
     */
    private static int mix(int a, int b, int w) {
        int redBlue = ((a & 0xff00ff) * (ONE - w) + (b & 0xff00ff) * w + 0x800080) >>> 8 & 0xff00ff;
        int green = ((a & 0xff00) * (ONE - w) + (b & 0xff00) * w + 0x8000) >>> 8 & 0xff00;
        return 0xff000000 | redBlue | green;
    }

    /** For each target index, the source index at or left of its centre and the weight of the next one. */
    private static void positions(int source, int target, int[] index, int[] weight) {
        for (int i = 0; i < target; i++) {
            double centre = Math.max(0, (i + 0.5) * source / target - 0.5);
            int at = Math.min((int) centre, source - 1);
            index[i] = at;
            weight[i] = at + 1 < source ? (int) Math.round((centre - at) * ONE) : 0;
        }
    }
}
