package im.parley.ui.notify;

import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notifications as balloons of one Parley icon in the system tray. AWT runs on its own event
 * thread: every call here hops there, and a click hops back through the UI executor. A click on
 * the balloon opens the last notification; a click on the icon only brings the window up.
 */
final class TrayNotifier implements Notifier {
    private static final Logger LOG = Logger.getLogger(TrayNotifier.class.getName());

    private final Executor ui;
    private final Consumer<Notification> onOpen;
    private final Runnable toFront;
    private TrayIcon icon;
    /** What a click on the balloon leads to; touched on the AWT thread only. */
    private Notification last;

    private TrayNotifier(Executor ui, Consumer<Notification> onOpen, Runnable toFront) {
        this.ui = ui;
        this.onOpen = onOpen;
        this.toFront = toFront;
    }

    /**
     * The tray notifier if the desktop has a tray (answered on the AWT thread, so through
     * {@code whenReady} on the UI thread); {@code whenReady} gets null where there is none.
     */
    static void create(Executor ui, Consumer<Notification> onOpen, Runnable toFront, Consumer<TrayNotifier> whenReady) {
        EventQueue.invokeLater(() -> {
            TrayNotifier tray = new TrayNotifier(ui, onOpen, toFront);
            ui.execute(() -> whenReady.accept(tray.install() ? tray : null));
        });
    }

    private boolean install() {
        try {
            if (!SystemTray.isSupported()) {
                return false;
            }
            SystemTray tray = SystemTray.getSystemTray();
            int size = tray.getTrayIconSize().height;
            icon = new TrayIcon(Toolkit.getDefaultToolkit().createImage(AppIcon.png(size)), "Parley");
            icon.setImageAutoSize(true);
            // A balloon click arrives as an action; so does a double click on the icon on some desktops.
            icon.addActionListener(e -> {
                Notification n = last;
                ui.execute(n == null ? toFront : () -> onOpen.accept(n));
            });
            icon.addMouseListener(new MouseAdapter() {
                @Override
                public void mouseClicked(MouseEvent e) {
                    if (e.getButton() == MouseEvent.BUTTON1) {
                        ui.execute(toFront);
                    }
                }
            });
            tray.add(icon);
            return true;
        } catch (AWTException | UnsupportedOperationException | SecurityException e) {
            LOG.log(Level.INFO, "no system tray, notifications show in the window", e);
            return false;
        }
    }

    @Override
    public void show(Notification n) {
        EventQueue.invokeLater(() -> {
            last = n;
            icon.displayMessage(n.title(), n.text(), TrayIcon.MessageType.NONE);
        });
    }

    @Override
    public void close() {
        EventQueue.invokeLater(() -> SystemTray.getSystemTray().remove(icon));
    }
}
