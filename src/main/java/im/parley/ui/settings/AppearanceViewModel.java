package im.parley.ui.settings;

import im.parley.client.history.ProfilePreferences;
import im.parley.ui.theme.Themes;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Theme and text size: applied to every open window as soon as they are chosen, and kept in the
 * profile's preferences ("theme", "font-scale") for the next start.
 */
public final class AppearanceViewModel {
    /** What the user can choose; SYSTEM follows the desktop as far as it can be read. */
    public enum ThemeChoice {
        LIGHT("Light"), DARK("Dark"), SYSTEM("Follow the system");

        private final String label;

        ThemeChoice(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** As the preferences file spells it, and as ParleyApp reads it at start. */
        public String preference() {
            return name().toLowerCase(Locale.ROOT);
        }

        static ThemeChoice of(String preference) {
            for (ThemeChoice c : values()) {
                if (c.preference().equalsIgnoreCase(preference)) {
                    return c;
                }
            }
            return SYSTEM;
        }
    }

    /** How a choice reaches the open windows; the app applies it with {@link Themes}. */
    public interface Looks {
        void theme(Themes.Theme theme);

        void fontScale(double scale);
    }

    public static final double SMALLEST = 0.8;
    public static final double LARGEST = 1.6;

    private final ProfilePreferences preferences;
    private final Executor io;
    private final Looks looks;
    private final ReadOnlyObjectWrapper<ThemeChoice> theme = new ReadOnlyObjectWrapper<>(ThemeChoice.SYSTEM);
    private final ReadOnlyDoubleWrapper fontScale = new ReadOnlyDoubleWrapper(1.0);

    /** Reads the kept choices (memory only: the preferences were loaded with the profile). */
    public AppearanceViewModel(ProfilePreferences preferences, Executor io, Looks looks) {
        this.preferences = preferences;
        this.io = io;
        this.looks = looks;
        theme.set(ThemeChoice.of(preferences.get("theme").orElse("system")));
        fontScale.set(clamp(preferences.number("font-scale", 1.0)));
    }

    public ReadOnlyObjectProperty<ThemeChoice> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty fontScaleProperty() {
        return fontScale.getReadOnlyProperty();
    }

    public void chooseTheme(ThemeChoice choice) {
        if (choice == null || choice == theme.get()) {
            return;
        }
        theme.set(choice);
        looks.theme(choice == ThemeChoice.SYSTEM ? Themes.systemPreference()
                : choice == ThemeChoice.DARK ? Themes.Theme.DARK : Themes.Theme.LIGHT);
        io.execute(() -> preferences.put("theme", choice.preference()));
    }

    /** Text size as a factor of the normal one, rounded to 10 % steps (a slider gives any value). */
    public void chooseFontScale(double scale) {
        double rounded = clamp(Math.round(scale * 10) / 10.0);
        if (rounded == fontScale.get()) {
            return;
        }
        fontScale.set(rounded);
        looks.fontScale(rounded);
        io.execute(() -> preferences.put("font-scale", Double.toString(rounded)));
    }

    private static double clamp(double scale) {
        return Math.max(SMALLEST, Math.min(LARGEST, scale));
    }
}
