package im.parley.ui.registration;

import im.parley.client.AccountCreation;
import im.parley.ui.forms.FormResult;
import im.parley.ui.forms.FormViewModel;
import im.parley.xmpp.XmppException;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.register.RegistrationException;
import im.parley.xmpp.ext.register.RegistrationRefusedException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Creating an account (XEP-0077): the user picks a server, the server's form is fetched and
 * shown, the filled form is submitted. Network work runs off the JavaFX thread; its results come
 * back through {@code uiExecutor}. The stream to the server stays open from fetch to submit, as a
 * CAPTCHA needs; {@link #back()} and {@link #close()} end it.
 */
public final class RegistrationViewModel {
    private final Function<ServerChoice, ClientConfig> configs;
    private final Executor uiExecutor;
    private final BiConsumer<Jid, char[]> onRegistered;
    private final StringProperty domain = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<FormViewModel> form = new ReadOnlyObjectWrapper<>();
    private AccountCreation creation;

    /**
     * @param configs the connection config for the chosen server: the caller adds the TLS trust
     *     it manages (e.g. {@code c -> c.configBuilder().tls(...).build()})
     * @param uiExecutor runs results on the UI thread (Platform::runLater; Runnable::run in tests)
     * @param onRegistered called on the UI thread with the new account and its password
     */
    public RegistrationViewModel(Function<ServerChoice, ClientConfig> configs, Executor uiExecutor,
                                 BiConsumer<Jid, char[]> onRegistered) {
        this.configs = configs;
        this.uiExecutor = uiExecutor;
        this.onRegistered = onRegistered;
    }

    /** The server's name, e.g. example.org. */
    public StringProperty domainProperty() {
        return domain;
    }

    /** "host" or "host:port"; empty means DNS SRV lookup. */
    public StringProperty hostProperty() {
        return host;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What is being done while busy, e.g. "Connecting to example.org…"; empty otherwise. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the last step failed, as a sentence; empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The server's form being filled; null until it is fetched, and again after {@link #back()}. */
    public ReadOnlyObjectProperty<FormViewModel> formProperty() {
        return form.getReadOnlyProperty();
    }

    /** Connects to the chosen server and fetches its form. */
    public CompletableFuture<Void> fetchForm() {
        ServerChoice choice;
        ClientConfig config;
        try {
            choice = ServerChoice.parse(domain.get(), host.get());
            config = configs.apply(choice);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        start("Connecting to " + choice.domain() + "…");
        return CompletableFuture.supplyAsync(() -> call(() -> AccountCreation.start(config)))
                .handle((started, failure) -> {
                    uiExecutor.execute(() -> {
                        finish(failure, choice.domain().toString());
                        if (started != null) {
                            creation = started;
                            form.set(new FormViewModel(started.form().form(), started.form().data()));
                        }
                    });
                    return null;
                });
    }

    /** Checks the form and, when it is filled well, creates the account. */
    public CompletableFuture<Void> submit() {
        FormViewModel filling = form.get();
        AccountCreation current = creation;
        if (filling == null || current == null || busy.get()) {
            return CompletableFuture.completedFuture(null);
        }
        FormResult result = filling.submit();
        if (result instanceof FormResult.Invalid invalid) {
            int n = invalid.problems().size();
            error.set(n == 1 ? "One field needs your attention." : n + " fields need your attention.");
            return CompletableFuture.completedFuture(null);
        }
        DataForm answers = ((FormResult.Filled) result).form();
        char[] password = answers.field(AccountCreation.PASSWORD).flatMap(FormField::value).orElse("").toCharArray();
        start("Creating the account…");
        return CompletableFuture.supplyAsync(() -> call(() -> current.submit(answers)))
                .handle((jid, failure) -> {
                    uiExecutor.execute(() -> {
                        finish(failure, null);
                        if (jid != null) {
                            close();
                            onRegistered.accept(jid, password);
                        }
                    });
                    return null;
                });
    }

    /** Leaves the form for the choice of server, ending the stream to the server. */
    public void back() {
        close();
        form.set(null);
        error.set("");
    }

    /** Ends the stream to the server, off the UI thread; the form stays as it is. */
    public void close() {
        AccountCreation c = creation;
        creation = null;
        if (c != null) {
            CompletableFuture.runAsync(c::close);
        }
    }

    private void start(String what) {
        busy.set(true);
        progress.set(what);
        error.set("");
    }

    private void finish(Throwable failure, String server) {
        busy.set(false);
        progress.set("");
        if (failure != null) {
            error.set(sentence(failure instanceof CompletionException ? failure.getCause() : failure, server));
        }
    }

    /** Refusals and unusable forms say what happened already; anything else is about reaching the server. */
    private static String sentence(Throwable failure, String server) {
        if (failure instanceof RegistrationRefusedException || failure instanceof RegistrationException) {
            return failure.getMessage();
        }
        String where = server == null ? "the server" : server;
        return "Could not talk to " + where + ": " + failure.getMessage();
    }

    private interface Call<T> {
        T run() throws XmppException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (XmppException e) {
            throw new CompletionException(e);
        }
    }
}
