package im.parley.ui.settings;

import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One entry of the settings window's list: an id (for tests and {@link SettingsWindow#show}), its
 * title and icon, and its content, built when first shown. A feature adds its settings by adding
 * one of these to the list the window is given.
 */
public record SettingsSection(String id, String title, Ikon icon, Supplier<Node> content) {
}
