package im.parley.ui;

import im.parley.client.AccountSession;
import im.parley.xmpp.XmppException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.transport.ServerAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Sign-in state for the first window. Connecting runs off the JavaFX thread; results come back
 * through {@code uiExecutor} (Platform::runLater in the app, a direct executor in tests).
 */
public final class SignInViewModel {
    private final Executor uiExecutor;
    private final StringProperty jid = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Not signed in");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private volatile AccountSession session;

    public SignInViewModel(Executor uiExecutor) {
        this.uiExecutor = uiExecutor;
    }

    public StringProperty jidProperty() {
        return jid;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** "host" or "host:port"; empty means DNS SRV lookup. */
    public StringProperty hostProperty() {
        return host;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public CompletableFuture<Void> signIn() {
        ClientConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        status.set("Connecting…");
        return CompletableFuture.runAsync(() -> {
            AccountSession s = new AccountSession(config);
            try {
                s.connect();
                session = s;
                uiExecutor.execute(() -> status.set("Signed in as " + s.jid()));
            } catch (XmppException e) {
                uiExecutor.execute(() -> status.set(e.getMessage()));
            }
        }).whenComplete((r, e) -> uiExecutor.execute(() -> busy.set(false)));
    }

    private ClientConfig config() {
        ClientConfig.Builder b = ClientConfig.builder(Jid.of(jid.get().trim()))
                .password(password.get().toCharArray());
        String h = host.get().trim();
        if (!h.isEmpty()) {
            int colon = h.lastIndexOf(':');
            String name = colon > 0 ? h.substring(0, colon) : h;
            int port = colon > 0 ? port(h.substring(colon + 1)) : 5222;
            b.server(new ServerAddress(name, port, false));
        }
        return b.build();
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("The port must be between 1 and 65535, not " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The port must be a number, not \"" + text + "\"");
        }
    }

    /** The window was shown, hidden or minimized: the session tells the server (off the FX thread). */
    public void windowVisible(boolean visible) {
        AccountSession s = session;
        if (s != null) {
            CompletableFuture.runAsync(() -> s.windowVisible(visible));
        }
    }

    public void signOut() {
        AccountSession s = session;
        session = null;
        if (s != null) {
            CompletableFuture.runAsync(s::close);
        }
        status.set("Not signed in");
    }
}
