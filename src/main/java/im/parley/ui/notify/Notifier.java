package im.parley.ui.notify;

/** Shows notifications to the user: the system tray, an in-app toast, a sound. */
public interface Notifier extends AutoCloseable {
    /** Tells the user {@code notification}; called on the UI thread, returns at once. */
    void show(Notification notification);

    /** Takes down what it put up (a tray icon keeps the JVM alive otherwise). */
    @Override
    void close();
}
