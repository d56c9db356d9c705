package im.parley.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Light and dark themes: AtlantaFX's Primer as the user-agent stylesheet, with Parley's own
 * additions in {@code themes/} using only the theme's looked-up colours, so both themes and any
 * font size work. Switched live: every open scene takes the change at once.
 */
public final class Themes {
    public enum Theme {
        LIGHT, DARK;

        /** "light", "dark", else the system's preference as far as it can be read. */
        public static Theme parse(String text) {
            if ("dark".equalsIgnoreCase(text)) {
                return DARK;
            }
            if ("light".equalsIgnoreCase(text)) {
                return LIGHT;
            }
            return systemPreference();
        }
    }

    private static Theme current = Theme.LIGHT;
    private static double fontScale = 1.0;

    private Themes() {
    }

    /**
     * JavaFX 21 cannot read the desktop's colour scheme; GTK_THEME (Linux) names a dark theme
     * where one is chosen. Elsewhere light, until the user switches.
     */
    public static Theme systemPreference() {
        String gtk = System.getenv("GTK_THEME");
        return gtk != null && gtk.toLowerCase().contains("dark") ? Theme.DARK : Theme.LIGHT;
    }

    public static Theme current() {
        return current;
    }

    /** Applies {@code theme} to the whole application (on the FX thread). */
    public static void apply(Theme theme) {
        current = theme;
        String sheet = stylesheet(theme);
        // Setting the same stylesheet again would restyle every node of every window.
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }

    /**
     * The theme's user-agent stylesheet in JavaFX's binary form, which AtlantaFX ships beside the
     * CSS: loaded in a quarter of the time of parsing its 170 kB of CSS, on the FX thread at start.
     */
    private static String stylesheet(Theme theme) {
        return theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
    }

    /** Adds Parley's stylesheets and the font scale to a scene. */
    public static void style(Scene scene) {
        for (String sheet : new String[] {"/themes/parley.css", "/themes/chat.css", "/themes/notify.css",
                "/themes/settings.css", "/themes/call.css"}) {
            java.net.URL url = Themes.class.getResource(sheet);
            if (url != null && !scene.getStylesheets().contains(url.toExternalForm())) {
                scene.getStylesheets().add(url.toExternalForm());
            }
        }
        scene.getRoot().setStyle("-fx-font-size: " + Math.round(13 * fontScale) + "px;");
    }

    public static double fontScale() {
        return fontScale;
    }

    /** Scales every text (0.8 to 1.6); applied to the scenes passed, and to those styled later. */
    public static void fontScale(double scale, Iterable<Scene> scenes) {
        fontScale = Math.max(0.8, Math.min(1.6, scale));
        for (Scene s : scenes) {
            style(s);
        }
    }
}
