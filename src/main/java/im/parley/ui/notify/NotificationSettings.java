package im.parley.ui.notify;

import im.parley.client.history.ProfilePreferences;

/**
 * The user's notification switches: whether to notify at all, whether to play the sound, and
 * whether a notification may show the message text (off: only "New message from X", for screens
 * others can see).
 */
public record NotificationSettings(boolean enabled, boolean sound, boolean showText) {
    static final String ENABLED = "notifications";
    static final String SOUND = "notification-sound";
    static final String SHOW_TEXT = "notification-text";

    /** What a new profile starts with: everything on. */
    public static final NotificationSettings DEFAULT = new NotificationSettings(true, true, true);

    /** Reads the kept switches (touches the disk: off the UI thread). */
    public static NotificationSettings read(ProfilePreferences preferences) {
        return new NotificationSettings(preferences.flag(ENABLED, DEFAULT.enabled),
                preferences.flag(SOUND, DEFAULT.sound), preferences.flag(SHOW_TEXT, DEFAULT.showText));
    }
}
