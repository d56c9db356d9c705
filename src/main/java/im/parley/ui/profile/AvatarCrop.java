package im.parley.ui.profile;

import im.parley.client.profile.AvatarImage;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** A picture file read for the avatar, and the square of it the user chose, made into the avatar's PNG. */
final class AvatarCrop {
    private AvatarCrop() {
    }

    /** Reads a PNG, JPEG, GIF or BMP; a file over AvatarImage's bound is not read at all. */
    static BufferedImage read(byte[] file) throws IOException {
        if (file.length > AvatarImage.MAX_FILE_BYTES) {
            throw new IOException("That picture is larger than " + AvatarImage.MAX_FILE_BYTES / (1024 * 1024)
                    + " MiB.");
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file));
        if (image == null) {
            throw new IOException("That file is not a picture Parley can read (PNG, JPEG, GIF or BMP).");
        }
        return image;
    }

    /** The square {@code crop} of {@code source}, scaled down to at most 192 px, as PNG. */
    static AvatarImage render(BufferedImage source, SquareCrop crop) throws IOException {
        double[] r = crop.region(source.getWidth(), source.getHeight());
        int x = (int) Math.round(r[0]);
        int y = (int) Math.round(r[1]);
        int side = Math.max(1, Math.min((int) Math.round(r[2]),
                Math.min(source.getWidth() - x, source.getHeight() - y)));
        int out = Math.min(side, AvatarImage.MAX_SIDE);
        BufferedImage scaled = new BufferedImage(out, out, BufferedImage.TYPE_INT_ARGB);
        var g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, out, out, x, y, x + side, y + side, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(scaled, "png", png);
        return new AvatarImage(png.toByteArray(), out, out);
    }
}
