package im.parley.ui.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Parley's icon in the sizes {@code resources/icons} holds (drawn by src/test/scripts/AppIcon.java). */
final class AppIcon {
    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    /** The PNG of {@code size} pixels, or of the nearest size there is. */
    static byte[] png(int size) {
        int best = SIZES.get(0);
        for (int s : SIZES) {
            if (Math.abs(s - size) < Math.abs(best - size)) {
                best = s;
            }
        }
        try (InputStream in = AppIcon.class.getResourceAsStream("/icons/parley-" + best + ".png")) {
            if (in == null) {
                throw new IllegalStateException("the app icon is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
