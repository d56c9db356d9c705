package im.parley.ui.settings;

import im.parley.client.history.KeptAccount;
import im.parley.client.history.Profile;
import im.parley.client.secrets.PasswordStore;
import im.parley.client.secrets.PasswordStoreException;
import im.parley.ui.app.AccountModel;
import im.parley.ui.app.Problems;
import im.parley.xmpp.jid.Jid;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The profile's accounts: which run, whether their password is remembered (and where), and
 * removing one for good. Disk, keyring and archive work runs on {@code io}; results come back
 * through {@code ui}.
 */
public final class AccountsViewModel {
    /** One account of the profile; {@code running} is null when it is not signed in this run. */
    public record Row(Jid jid, AccountModel running, boolean rememberPassword) {
    }

    private final Profile profile;
    private final PasswordStore passwords;
    private final List<AccountModel> running;
    private final Consumer<AccountModel> closed;
    private final Executor io;
    private final Executor ui;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper passwordPlace = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /**
     * @param running the accounts signed in this run (the shell's list)
     * @param closed told on the UI thread of a running account that was removed, for the shell to drop it
     */
    public AccountsViewModel(Profile profile, PasswordStore passwords, List<AccountModel> running,
                             Consumer<AccountModel> closed, Executor io, Executor ui) {
        this.profile = profile;
        this.passwords = passwords;
        this.running = running;
        this.closed = closed;
        this.io = io;
        this.ui = ui;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The password store's own words about where passwords go and how safe that is. */
    public ReadOnlyStringProperty passwordPlaceProperty() {
        return passwordPlace.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Reads the profile's accounts again. */
    public CompletableFuture<Void> load() {
        List<AccountModel> models = List.copyOf(running);
        return CompletableFuture.runAsync(() -> {
            List<Row> read = new ArrayList<>();
            for (KeptAccount a : profile.accounts()) {
                AccountModel model = models.stream().filter(m -> m.jid().equals(a.jid())).findFirst().orElse(null);
                read.add(new Row(a.jid(), model, profile.settings(a.jid()).rememberPassword()));
            }
            String place = passwords.describe();
            ui.execute(() -> {
                rows.setAll(read);
                passwordPlace.set(place);
            });
        }, io).exceptionally(this::failed);
    }

    /**
     * Removes the account from this device: it goes offline, its stored history and settings are
     * forgotten and its password deleted. The account itself stays on its server.
     */
    public CompletableFuture<Void> remove(Row row) {
        return CompletableFuture.runAsync(() -> {
            if (row.running() != null) {
                row.running().close();
            }
            profile.removeAccount(row.jid());
            ui.execute(() -> {
                rows.remove(row);
                if (row.running() != null) {
                    closed.accept(row.running());
                }
            });
            try {
                passwords.delete(row.jid());
            } catch (PasswordStoreException e) {
                throw new IllegalStateException("The account was removed, but its password could not be deleted: "
                        + e.getMessage(), e);
            }
        }, io).exceptionally(this::failed);
    }

    /**
     * Keeps the password of a signed-in account in the password store, or deletes it. Turning it on
     * needs the account to be signed in this run, since that is where the password is.
     */
    public CompletableFuture<Void> rememberPassword(Row row, boolean on) {
        problem.set("");
        return CompletableFuture.runAsync(() -> {
            try {
                if (on) {
                    char[] password = row.running() == null ? null : row.running().account().password();
                    if (password == null) {
                        throw new IllegalStateException("Sign in to " + row.jid()
                                + " first: Parley can only remember the password it signed in with");
                    }
                    passwords.save(row.jid(), password);
                    java.util.Arrays.fill(password, '\0');
                } else {
                    passwords.delete(row.jid());
                }
            } catch (PasswordStoreException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            profile.saveSettings(profile.settings(row.jid()).withRememberPassword(on));
            Row changed = new Row(row.jid(), row.running(), on);
            ui.execute(() -> replace(row, changed));
        }, io).exceptionally(e -> {
            // The switch goes back to what is really kept.
            ui.execute(() -> replace(row, row));
            return failed(e);
        });
    }

    private void replace(Row old, Row now) {
        int at = rows.indexOf(old);
        if (at >= 0) {
            rows.set(at, now);
        }
    }

    private Void failed(Throwable e) {
        String sentence = Problems.sentence(e);
        ui.execute(() -> problem.set(sentence));
        return null;
    }
}
