package im.parley.ui.profile;

/**
 * The square of a picture that becomes the avatar: its centre as fractions of the picture's width
 * and height, and how far it is zoomed in (1: the largest square that fits).
 */
public record SquareCrop(double centerX, double centerY, double zoom) {
    public static final SquareCrop CENTRED = new SquareCrop(0.5, 0.5, 1);
    public static final double MAX_ZOOM = 4;

    public SquareCrop {
        zoom = Math.max(1, Math.min(MAX_ZOOM, zoom));
        centerX = Math.max(0, Math.min(1, centerX));
        centerY = Math.max(0, Math.min(1, centerY));
    }

    /** The square in a {@code width} by {@code height} picture: x, y and side, kept inside it. */
    public double[] region(double width, double height) {
        double side = Math.min(width, height) / zoom;
        double x = Math.max(0, Math.min(width - side, centerX * width - side / 2));
        double y = Math.max(0, Math.min(height - side, centerY * height - side / 2));
        return new double[] {x, y, side};
    }

    /** Moved as when the picture is dragged by (dx, dy) on a view {@code viewSide} pixels wide. */
    public SquareCrop dragged(double dx, double dy, double viewSide, double width, double height) {
        double[] r = region(width, height);
        double perViewPixel = r[2] / viewSide;
        double cx = (r[0] + r[2] / 2 - dx * perViewPixel) / width;
        double cy = (r[1] + r[2] / 2 - dy * perViewPixel) / height;
        // Centre of the region as it can actually be: the clamp keeps it inside the picture.
        double half = r[2] / 2;
        cx = Math.max(half / width, Math.min(1 - half / width, cx));
        cy = Math.max(half / height, Math.min(1 - half / height, cy));
        return new SquareCrop(cx, cy, zoom);
    }

    public SquareCrop zoomed(double to) {
        return new SquareCrop(centerX, centerY, to);
    }
}
