import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws Parley's app icon (a white speech bubble on a blue rounded square) as PNGs, one per size,
 * each drawn at its own size so small ones stay crisp: {@code java src/test/scripts/AppIcon.java resources/icons}.
 */
public class AppIcon {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    public static void main(String[] args) throws IOException {
        File folder = new File(args.length > 0 ? args[0] : "resources/icons");
        folder.mkdirs();
        for (int size : SIZES) {
            ImageIO.write(draw(size), "png", new File(folder, "parley-" + size + ".png"));
        }
    }

    static BufferedImage draw(int s) {
        BufferedImage image = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        Color top = new Color(0x4C8DF6);
        Color bottom = new Color(0x2557D6);
        // Tiny sizes use the whole square: a margin would cost a pixel the eye needs.
        double m = s <= 24 ? 0 : s * 0.04;
        g.setPaint(new GradientPaint(0, (float) m, top, 0, (float) (s - m), bottom));
        g.fill(new RoundRectangle2D.Double(m, m, s - 2 * m, s - 2 * m, s * 0.44, s * 0.44));

        double left = s * 0.19;
        double right = s * 0.81;
        double upper = s * 0.22;
        double lower = s * 0.66;
        Area bubble = new Area(new RoundRectangle2D.Double(left, upper, right - left, lower - upper, s * 0.30, s * 0.30));
        Path2D tail = new Path2D.Double();
        tail.moveTo(s * 0.28, lower - s * 0.08);
        tail.lineTo(s * 0.24, s * 0.82);
        tail.lineTo(s * 0.46, lower - s * 0.01);
        tail.closePath();
        bubble.add(new Area(tail));
        g.setColor(Color.WHITE);
        g.fill(bubble);

        if (s >= 24) {
            // Three "typing" dots; below 24 px they would blur into a grey bar.
            g.setPaint(new GradientPaint(0, (float) upper, top, 0, (float) lower, bottom));
            double r = s * 0.052;
            double y = (upper + lower) / 2;
            for (double x : new double[] {0.35, 0.5, 0.65}) {
                g.fill(new Ellipse2D.Double(s * x - r, y - r, 2 * r, 2 * r));
            }
        }
        if (s >= 48) {
            // A hairline edge keeps the square apart from a blue desktop or panel.
            g.setStroke(new BasicStroke((float) (s / 128.0)));
            g.setColor(new Color(0, 0, 0, 40));
            g.draw(new RoundRectangle2D.Double(m, m, s - 2 * m - 1, s - 2 * m - 1, s * 0.44, s * 0.44));
        }
        g.dispose();
        return image;
    }
}
