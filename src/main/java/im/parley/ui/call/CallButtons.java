package im.parley.ui.call;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The call and video-call buttons of a conversation header. */
public final class CallButtons {
    private CallButtons() {
    }

    /** The two buttons over {@code model}; {@code call} and {@code videoCall} place the calls. */
    public static List<Node> of(CallButtonsModel model, Runnable call, Runnable videoCall) {
        List<Node> buttons = List.of(
                button(Material2AL.CALL, "startCall", model.canCallProperty(), model.callTipProperty(), call),
                button(Material2MZ.VIDEOCAM, "startVideoCall", model.canVideoCallProperty(), model.videoTipProperty(),
                        videoCall));
        // Reaching for a button starts the media libraries, so the call that follows connects at once.
        for (Node wrapper : buttons) {
            wrapper.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> model.reached());
            wrapper.focusWithinProperty().addListener((o, was, now) -> {
                if (now) {
                    model.reached();
                }
            });
        }
        return buttons;
    }

    /**
     * A flat icon button; its tooltip sits on a wrapper, since a disabled control gets no mouse
     * events and would never show why it is disabled.
     */
    private static Node button(Ikon icon, String id, ObservableBooleanValue enabled, ObservableStringValue tip,
                               Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("flat", "button-icon");
        b.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        b.accessibleTextProperty().bind(tip);
        b.setOnAction(e -> action.run());
        StackPane wrapper = new StackPane(b);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(tip);
        Tooltip.install(wrapper, tooltip);
        wrapper.setId(id + "Tip");
        return wrapper;
    }
}
