package im.parley.ui.notify;

import im.parley.ui.theme.Themes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * In-app notifications: cards at the top right of the main window, newest on top, each gone after
 * five seconds unless the pointer rests on it. Used where the platform has no system tray.
 */
public final class ToastNotifier implements Notifier {
    static final Duration SHOWN = Duration.seconds(5);
    /** More at once would cover the conversation; the oldest makes way. */
    private static final int MAX_SHOWN = 3;
    /** Below the window's top edge and header. */
    private static final double TOP = 8;

    private final Window owner;
    private final Consumer<Notification> onOpen;
    private final List<Popup> shown = new ArrayList<>();

    /** Shows the cards over {@code owner}; {@code onOpen} runs when the user clicks one. */
    public ToastNotifier(Window owner, Consumer<Notification> onOpen) {
        this.owner = owner;
        this.onOpen = onOpen;
    }

    @Override
    public void show(Notification n) {
        if (!owner.isShowing()) {
            return;
        }
        Popup popup = new Popup();
        PauseTransition timer = new PauseTransition(SHOWN);
        Toast toast = new Toast(n, () -> {
            hide(popup);
            onOpen.accept(n);
        }, () -> hide(popup));
        popup.getContent().add(toast);
        timer.setOnFinished(e -> hide(popup));
        toast.setOnMouseEntered(e -> timer.stop());
        toast.setOnMouseExited(e -> timer.playFromStart());
        Themes.style(popup.getScene());
        // The popup's root takes the scene-root rules (a window background): notify.css clears it.
        popup.getScene().getRoot().getStyleClass().add("toast-window");
        shown.add(0, popup);
        while (shown.size() > MAX_SHOWN) {
            shown.remove(shown.size() - 1).hide();
        }
        popup.show(owner);
        layout();
        timer.play();
    }

    private void hide(Popup popup) {
        popup.hide();
        if (shown.remove(popup)) {
            layout();
        }
    }

    /** Stacks the cards from the top right corner of the window's content. */
    private void layout() {
        double sceneX = owner.getScene() == null ? 0 : owner.getScene().getX();
        double sceneY = owner.getScene() == null ? 0 : owner.getScene().getY();
        double width = owner.getScene() == null ? owner.getWidth() : owner.getScene().getWidth();
        double y = owner.getY() + sceneY + TOP;
        for (Popup p : shown) {
            p.setX(owner.getX() + sceneX + width - p.getWidth());
            p.setY(y);
            // Frames overlap by their shadow room, so cards stand one frame padding apart.
            y += p.getHeight() - ((Toast) p.getContent().get(0)).getPadding().getBottom();
        }
    }

    /** The cards now up, newest first (for tests). */
    List<Popup> shown() {
        return List.copyOf(shown);
    }

    @Override
    public void close() {
        List.copyOf(shown).forEach(this::hide);
    }
}
