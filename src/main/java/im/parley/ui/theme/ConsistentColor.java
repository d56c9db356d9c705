package im.parley.ui.theme;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javafx.scene.paint.Color;

/**
 * The colour of a person, the same in every client (XEP-0392): the hue angle from SHA-1 of their
 * address. The XEP leaves saturation and lightness to the client; ours keep white initials
 * readable on it. HSB stands in for HSLuv: the hue, which makes the colour recognisable, is the
 * XEP's own.
 */
public final class ConsistentColor {
    private ConsistentColor() {
    }

    /** The hue angle in degrees, [0, 360), of {@code identifier} (§5.1). */
    public static double angle(String identifier) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(identifier.getBytes(StandardCharsets.UTF_8));
            int low16 = (sha1[0] & 0xff) | ((sha1[1] & 0xff) << 8);
            return low16 / 65536.0 * 360.0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
    }

    public static Color of(String identifier) {
        return Color.hsb(angle(identifier), 0.55, 0.72);
    }

    /**
     * The same hue as text on the page: darker on a light theme and lighter on a dark one, so
     * that a yellow nick stays readable (XEP-0392 §5.2 leaves the lightness to the client).
     */
    public static Color ofText(String identifier, boolean darkBackground) {
        return darkBackground ? Color.hsb(angle(identifier), 0.45, 0.9) : Color.hsb(angle(identifier), 0.8, 0.55);
    }
}
