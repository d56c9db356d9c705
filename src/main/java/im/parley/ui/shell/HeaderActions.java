package im.parley.ui.shell;

import java.util.List;
import javafx.scene.Node;

/**
 * Buttons the app adds to a conversation's header (the calls), and what releases them when the
 * conversation closes.
 */
public record HeaderActions(List<Node> buttons, Runnable release) {
    public static final HeaderActions NONE = new HeaderActions(List.of(), () -> { });

    public HeaderActions {
        buttons = List.copyOf(buttons);
    }
}
