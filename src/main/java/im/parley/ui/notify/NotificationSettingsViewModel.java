package im.parley.ui.notify;

import im.parley.client.history.ProfilePreferences;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The notification switches of the settings window, kept in the profile's preferences. They are
 * read and written on the io executor; each change the user makes is written at once, the
 * values read at start are not written back.
 */
public final class NotificationSettingsViewModel {
    private static final Logger LOG = Logger.getLogger(NotificationSettingsViewModel.class.getName());

    private final ProfilePreferences preferences;
    private final Executor io;
    private final BooleanProperty enabled = new SimpleBooleanProperty(NotificationSettings.DEFAULT.enabled());
    private final BooleanProperty sound = new SimpleBooleanProperty(NotificationSettings.DEFAULT.sound());
    private final BooleanProperty showText = new SimpleBooleanProperty(NotificationSettings.DEFAULT.showText());
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private boolean applying;

    /** Starts reading the kept switches; {@link #loadedProperty()} turns true once they show. */
    public NotificationSettingsViewModel(ProfilePreferences preferences, Executor io, Executor ui) {
        this.preferences = preferences;
        this.io = io;
        keep(enabled, NotificationSettings.ENABLED);
        keep(sound, NotificationSettings.SOUND);
        keep(showText, NotificationSettings.SHOW_TEXT);
        io.execute(() -> {
            NotificationSettings kept = NotificationSettings.read(preferences);
            ui.execute(() -> {
                applying = true;
                enabled.set(kept.enabled());
                sound.set(kept.sound());
                showText.set(kept.showText());
                applying = false;
                loaded.set(true);
            });
        });
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public BooleanProperty soundProperty() {
        return sound;
    }

    public BooleanProperty showTextProperty() {
        return showText;
    }

    /** The sound and the text only matter while notifications are on. */
    public ObservableBooleanValue detailsDisabled() {
        return Bindings.not(enabled);
    }

    /** False until the kept values are read: the switches wait so a click is not undone by the read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The switches as they are now (UI thread). */
    public NotificationSettings current() {
        return new NotificationSettings(enabled.get(), sound.get(), showText.get());
    }

    private void keep(BooleanProperty property, String key) {
        property.addListener((o, was, now) -> {
            if (applying) {
                return;
            }
            String value = Boolean.toString(now);
            io.execute(() -> {
                try {
                    preferences.put(key, value);
                } catch (UncheckedIOException e) {
                    LOG.log(Level.WARNING, "could not keep the notification setting " + key, e);
                }
            });
        });
    }
}
