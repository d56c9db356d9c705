package im.parley.ui.notify;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.stage.Stage;

/**
 * The app's notifier: balloons of a system tray icon on Windows and macOS where the desktop has
 * a tray, cards in the main window otherwise (always on Linux), and the chime if the notification asks for it. A click on either brings
 * the window to the front, then hands the notification to {@code onOpen}. Made and used on the UI thread.
 */
public final class DesktopNotifier implements Notifier {
    private final Stage window;
    private final ToastNotifier toasts;
    private final NotificationSound sound = new NotificationSound();
    /** Null until the AWT thread answered that there is a tray, and for good where there is none. */
    private TrayNotifier tray;
    private boolean closed;

    public DesktopNotifier(Stage window, Executor ui, Consumer<Notification> onOpen) {
        this.window = window;
        Consumer<Notification> open = n -> {
            toFront();
            onOpen.accept(n);
        };
        this.toasts = new ToastNotifier(window, open);
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("linux")) {
            // AWT's X11 toolkit beside JavaFX's GTK one crashes the process (SIGSEGV in
            // XEventsQueued, seen under Xvfb): on Linux the cards in the window do the work.
            return;
        }
        TrayNotifier.create(ui, open, this::toFront, t -> {
            if (t != null && closed) {
                t.close();
            } else {
                tray = t;
            }
        });
    }

    @Override
    public void show(Notification n) {
        if (tray != null) {
            tray.show(n);
        } else {
            toasts.show(n);
        }
        if (n.sound()) {
            sound.play();
        }
    }

    private void toFront() {
        window.setIconified(false);
        window.show();
        window.toFront();
        window.requestFocus();
    }

    @Override
    public void close() {
        closed = true;
        if (tray != null) {
            tray.close();
        }
        toasts.close();
        sound.close();
    }
}
