package im.parley.ui.signin;

import im.parley.client.history.AccountSettings;
import im.parley.ui.app.Problems;
import im.parley.xmpp.jid.Jid;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Signing in to an existing account: address and password, with the server, TLS mode and BOSH
 * under "advanced". The connection is made by {@code signIn} off the UI thread; what went wrong
 * comes back as a sentence through {@code uiExecutor}.
 */
public final class SignInViewModel {
    private final Executor uiExecutor;
    private final BiFunction<AccountSettings, char[], CompletableFuture<?>> signIn;
    private final StringProperty jid = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty(true);
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final BooleanProperty directTls = new SimpleBooleanProperty(false);
    private final StringProperty bosh = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** {@code signIn} connects with the settings and password, completing once online. */
    public SignInViewModel(Executor uiExecutor, BiFunction<AccountSettings, char[], CompletableFuture<?>> signIn) {
        this.uiExecutor = uiExecutor;
        this.signIn = signIn;
    }

    public StringProperty jidProperty() {
        return jid;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Keep the password in the system keyring (or the encrypted file) for the next start. */
    public BooleanProperty rememberProperty() {
        return remember;
    }

    /** Empty: DNS SRV lookup. */
    public StringProperty hostProperty() {
        return host;
    }

    /** Empty: the default port. */
    public StringProperty portProperty() {
        return port;
    }

    public BooleanProperty directTlsProperty() {
        return directTls;
    }

    /** An https:// BOSH address to connect through instead of TCP; empty for TCP. */
    public StringProperty boshProperty() {
        return bosh;
    }

    /** What happened, as a sentence; empty while nothing did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The technical detail of the last failure, for "details". */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Starts signing in; the future completes (on the UI executor) when it succeeded or failed. */
    public CompletableFuture<Boolean> signIn() {
        AccountSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            detail.set("");
            return CompletableFuture.completedFuture(false);
        }
        if (password.get().isEmpty()) {
            status.set("Enter the password of " + settings.jid() + ".");
            return CompletableFuture.completedFuture(false);
        }
        busy.set(true);
        status.set("Connecting to " + settings.jid().domain() + "…");
        detail.set("");
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        signIn.apply(settings, password.get().toCharArray()).whenComplete((ok, error) -> uiExecutor.execute(() -> {
            busy.set(false);
            if (error == null) {
                status.set("");
                password.set("");
                done.complete(true);
            } else {
                status.set(Problems.sentence(error));
                detail.set(Problems.detail(error));
                done.complete(false);
            }
        }));
        return done;
    }

    /** The settings the form describes; IllegalArgumentException with a sentence when it is not filled right. */
    public AccountSettings settings() {
        String address = jid.get().trim();
        if (address.isEmpty()) {
            throw new IllegalArgumentException("Enter your address, like alice@example.org.");
        }
        Jid parsed;
        try {
            parsed = Jid.of(address);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("“" + address + "” is not an address: " + e.getMessage() + ".");
        }
        if (parsed.local() == null || parsed.local().isEmpty()) {
            throw new IllegalArgumentException("An address has a name before the @, like alice@" + parsed.domain() + ".");
        }
        AccountSettings s = AccountSettings.of(parsed).withRememberPassword(remember.get());
        String h = host.get().trim();
        String p = port.get().trim();
        if (!h.isEmpty() || !p.isEmpty() || directTls.get()) {
            s = s.withServer(h.isEmpty() ? parsed.domain() : h, port(p), directTls.get());
        }
        String b = bosh.get().trim();
        if (!b.isEmpty()) {
            try {
                s = s.withBosh(new URI(b));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("“" + b + "” is not a web address.");
            }
        }
        return s;
    }

    private static int port(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            int p = Integer.parseInt(text);
            if (p < 1 || p > 65535) {
                throw new IllegalArgumentException("The port must be between 1 and 65535, not " + text + ".");
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The port must be a number, not “" + text + "”.");
        }
    }
}
