package im.parley.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shortcuts the help dialog lists: Cmd on macOS, and the same table as the README's. */
class ShortcutsTest {
    @Test
    void macOsNamesTheShortcutKeyCmd() {
        Shortcuts.Shortcut s = new Shortcuts.Shortcut("Next / previous conversation", "Ctrl+Tab / Ctrl+Shift+Tab");
        assertThat(s.keysOn(true)).isEqualTo("Cmd+Tab / Cmd+Shift+Tab");
        assertThat(s.keysOn(false)).isEqualTo("Ctrl+Tab / Ctrl+Shift+Tab");
    }

    @Test
    void theReadmeListsEveryShortcutOfTheDialog() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            assertThat(readme).contains("| " + s.action() + " | " + s.keys() + " |");
        }
    }
}
