package im.parley.ui.settings;

import im.parley.client.AccountSession;
import im.parley.ui.app.AccountModel;
import im.parley.ui.app.Problems;
import im.parley.xmpp.jid.Jid;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The block list (XEP-0191) of one account, as its server keeps it: shown after a fetch, and
 * fetched again after each change so that it always shows what the server holds.
 */
public final class BlockedViewModel {
    private final ObservableList<AccountModel> accounts;
    private final Executor ui;
    private final ObjectProperty<AccountModel> account = new SimpleObjectProperty<>();
    private final ObservableList<Jid> blocked = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public BlockedViewModel(ObservableList<AccountModel> accounts, AccountModel first, Executor ui) {
        this.accounts = accounts;
        this.ui = ui;
        account.set(first != null ? first : accounts.isEmpty() ? null : accounts.get(0));
        account.addListener((o, was, now) -> refresh());
        refresh();
    }

    public ObservableList<AccountModel> accounts() {
        return accounts;
    }

    /** Whose block list is shown. */
    public ObjectProperty<AccountModel> accountProperty() {
        return account;
    }

    public ObservableList<Jid> blocked() {
        return blocked;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Fetches the list from the server. */
    public CompletableFuture<Void> refresh() {
        return withSession(s -> s.blocking().fetch().thenAccept(this::show));
    }

    /** Blocks {@code address} (typed by the user): they can no longer write to or see the account. */
    public CompletableFuture<Void> block(String address) {
        Jid jid;
        try {
            jid = Jid.of(address.trim());
        } catch (IllegalArgumentException e) {
            problem.set("“" + address.trim() + "” is not an address like name@example.org.");
            return CompletableFuture.completedFuture(null);
        }
        return withSession(s -> s.blocking().block(List.of(jid)).thenCompose(ok -> s.blocking().fetch())
                .thenAccept(this::show));
    }

    public CompletableFuture<Void> unblock(Jid jid) {
        return withSession(s -> s.blocking().unblock(List.of(jid)).thenCompose(ok -> s.blocking().fetch())
                .thenAccept(this::show));
    }

    public CompletableFuture<Void> unblockAll() {
        return withSession(s -> s.blocking().unblockAll().thenCompose(ok -> s.blocking().fetch())
                .thenAccept(this::show));
    }

    private CompletableFuture<Void> withSession(Function<AccountSession, CompletableFuture<Void>> work) {
        problem.set("");
        AccountModel a = account.get();
        Optional<AccountSession> session = a == null ? Optional.empty() : a.session();
        if (session.isEmpty() || !session.get().isConnected()) {
            blocked.clear();
            problem.set(a == null ? "No account is signed in."
                    : a.jid() + " is not connected: the block list is kept on the server, so it shows once connected.");
            return CompletableFuture.completedFuture(null);
        }
        return work.apply(session.get()).exceptionally(e -> {
            String sentence = Problems.sentence(e);
            ui.execute(() -> problem.set(sentence));
            return null;
        });
    }

    private void show(Set<Jid> jids) {
        List<Jid> sorted = jids.stream().sorted(Comparator.comparing(Jid::toString)).toList();
        ui.execute(() -> blocked.setAll(sorted));
    }
}
