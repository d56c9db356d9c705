package im.parley.ui.theme;

import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;

/**
 * The icon pack's fonts, loaded off the FX thread. The first icon made loads every family the pack
 * has (about 1 MB of fonts, each copied to a temporary file by JavaFX): on the FX thread that was
 * a third of making the main window. Started as the window is being made, it is done by the time
 * the first icon is; an icon made earlier waits for it, as it would have loaded them itself.
 */
public final class IconFonts {
    private IconFonts() {
    }

    /** Starts loading them; call once the toolkit runs. */
    public static void loadInBackground() {
        Thread loading = new Thread(() -> IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance()),
                "parley-icon-fonts");
        loading.setDaemon(true);
        loading.start();
    }
}
