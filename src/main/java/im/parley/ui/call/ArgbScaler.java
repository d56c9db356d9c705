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
    /** For each target column, the source column at or left of its centre, the one right of it, and the right one's weight. */
    private final int[] column;
    private final int[] nextColumn;
    private final int[] columnWeight;
    private final int[] row;
    private final int[] rowWeight;
    /**
     * The source rows above and below the target row being made, scaled across, red and blue in one
     * array and green in another: kept apart so that mixing them down needs no masking.
     */
    private int[] upperRedBlue;
    private int[] upperGreen;
    private int[] lowerRedBlue;
    private int[] lowerGreen;

    ArgbScaler(int sourceWidth, int sourceHeight, int targetWidth, int targetHeight) {
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        this.targetWidth = targetWidth;
        this.targetHeight = targetHeight;
        column = new int[targetWidth];
        columnWeight = new int[targetWidth];
        positions(sourceWidth, targetWidth, column, columnWeight);
        nextColumn = new int[targetWidth];
        for (int x = 0; x < targetWidth; x++) {
            nextColumn[x] = Math.min(column[x] + 1, sourceWidth - 1);
        }
        row = new int[targetHeight];
        rowWeight = new int[targetHeight];
        positions(sourceHeight, targetHeight, row, rowWeight);
        upperRedBlue = new int[targetWidth];
        upperGreen = new int[targetWidth];
        lowerRedBlue = new int[targetWidth];
        lowerGreen = new int[targetWidth];
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
                int[] keptRedBlue = upperRedBlue;
                int[] keptGreen = upperGreen;
                upperRedBlue = lowerRedBlue;
                upperGreen = lowerGreen;
                lowerRedBlue = keptRedBlue;
                lowerGreen = keptGreen;
                upperRow = lowerRow;
                lowerRow = -1;
            }
            if (upperRow != wanted) {
                across(source, wanted, upperRedBlue, upperGreen);
                upperRow = wanted;
            }
            int out = y * targetWidth;
            int wy = rowWeight[y];
            if (wy == 0) {
                for (int x = 0; x < targetWidth; x++) {
                    target[out + x] = 0xff000000 | upperRedBlue[x] | upperGreen[x];
                }
                continue;
            }
            if (lowerRow != next) {
                across(source, next, lowerRedBlue, lowerGreen);
                lowerRow = next;
            }
            int wu = ONE - wy;
            for (int x = 0; x < targetWidth; x++) {
                int redBlue = (upperRedBlue[x] * wu + lowerRedBlue[x] * wy + 0x800080) >>> 8 & 0xff00ff;
                int green = (upperGreen[x] * wu + lowerGreen[x] * wy + 0x8000) >>> 8 & 0xff00;
                target[out + x] = 0xff000000 | redBlue | green;
            }
        }
    }

    /**
     * Source row {@code y} scaled to the target's width into {@code redBlue} and {@code green}: red
     * and blue side by side in one int, green in another, each channel with 8 spare bits above it
     * for the products.
     */
    private void across(int[] source, int y, int[] redBlue, int[] green) {
        int start = y * sourceWidth;
        for (int x = 0; x < targetWidth; x++) {
            int a = source[start + column[x]];
            int b = source[start + nextColumn[x]];
            int w = columnWeight[x];
            int wa = ONE - w;
            redBlue[x] = ((a & 0xff00ff) * wa + (b & 0xff00ff) * w + 0x800080) >>> 8 & 0xff00ff;
            green[x] = ((a & 0xff00) * wa + (b & 0xff00) * w + 0x8000) >>> 8 & 0xff00;
        }
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
