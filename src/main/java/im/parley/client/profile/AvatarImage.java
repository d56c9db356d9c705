package im.parley.client.profile;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * The user's own picture made into an avatar: scaled to fit {@link #MAX_SIDE} pixels and written
 * as PNG, the format every XEP-0084 avatar has (§4.2). Only the user's own files are decoded here;
 * contacts' avatars are never decoded by the client layer.
 */
public record AvatarImage(byte[] png, int width, int height) {
    public static final int MAX_SIDE = 192;
    /** A picture file larger than this is not read at all. */
    public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

    public AvatarImage {
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    /** Reads a PNG, JPEG, GIF or BMP picture and scales it down to fit, keeping its proportions. */
    public static AvatarImage from(byte[] file) throws IOException {
        if (file.length > MAX_FILE_BYTES) {
            throw new IOException("the picture is over " + MAX_FILE_BYTES + " bytes");
        }
        BufferedImage source = ImageIO.read(new ByteArrayInputStream(file));
        if (source == null) {
            throw new IOException("not a picture Java can read (PNG, JPEG, GIF or BMP)");
        }
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(scaled, "png", out);
        return new AvatarImage(out.toByteArray(), width, height);
    }
}
