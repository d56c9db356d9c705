package im.parley.ui.help;

import java.util.List;

/**
 * The keyboard shortcuts, as UI.md lists them and the main window installs them, for the help
 * dialog and the README. "Ctrl" stands for the platform's shortcut key: Cmd on macOS.
 */
public final class Shortcuts {
    /** One action and its keys, written with "Ctrl" for the shortcut key. */
    public record Shortcut(String action, String keys) {
        /** The keys as this platform names them. */
        public String keysOn(boolean mac) {
            return mac ? keys.replace("Ctrl+", "Cmd+") : keys;
        }
    }

    public static final List<Shortcut> ALL = List.of(
            new Shortcut("Quick switcher: jump to any conversation or contact by typing", "Ctrl+K"),
            new Shortcut("Next / previous conversation", "Ctrl+Tab / Ctrl+Shift+Tab (also Ctrl+PgDn / Ctrl+PgUp)"),
            new Shortcut("Find in conversation / search all history", "Ctrl+F / Ctrl+Shift+F"),
            new Shortcut("Edit the last message", "Up in an empty composer"),
            new Shortcut("New chat / join a room", "Ctrl+N / Ctrl+J"),
            new Shortcut("Close / detach (or dock back) the conversation", "Ctrl+W / Ctrl+D"),
            new Shortcut("Settings / keyboard help", "Ctrl+, / F1 or Ctrl+?"),
            new Shortcut("In the contact list: chat with the selected contact / their menu",
                    "Enter / Shift+F10 or the menu key"),
            new Shortcut("In a room: to the occupants / an occupant's menu / address them",
                    "Shift+Tab from the composer / Shift+F10 or the menu key / Enter"),
            new Shortcut("Cancel (edit, reply, dialog)", "Esc"));

    private Shortcuts() {
    }

    public static boolean onMac() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");
    }
}
