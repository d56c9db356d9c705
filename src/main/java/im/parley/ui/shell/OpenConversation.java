package im.parley.ui.shell;

import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/** A conversation shown in the main window's right pane (or a detached window). */
public interface OpenConversation extends AutoCloseable {
    Node content();

    /** "typing…" and the like while the peer is writing, else empty. */
    ObservableStringValue activity();

    /** Puts the keyboard focus into the composer. */
    void focus();

    /** Opens the find bar of this conversation (Ctrl+F). */
    void find();

    /** Whether it has a find bar; the header offers the button only then. */
    default boolean findable() {
        return true;
    }

    /** Controls of its own for the header (a room's menu), after the app's and before find. */
    default List<Node> headerButtons() {
        return List.of();
    }

    @Override
    void close();
}
