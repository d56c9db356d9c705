package im.parley.ui.shell;

import im.parley.ui.app.AccountModel;
import im.parley.ui.app.Problems;
import im.parley.ui.contacts.Contact;
import im.parley.ui.contacts.ContactDetailsDialog;
import im.parley.ui.contacts.GroupsDialog;
import im.parley.ui.contacts.ContactsView;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The contact actions of the main window: each asks what it needs in a small dialog, sends off
 * the UI thread, and reports a failure as a sentence.
 */
public final class ShellCommands implements ContactsView.Actions {
    private final ShellViewModel model;
    private final Supplier<Window> window;
    private final Executor ui;

    public ShellCommands(ShellViewModel model, Supplier<Window> window, Executor ui) {
        this.model = model;
        this.window = window;
        this.ui = ui;
    }

    private AccountModel account() {
        return model.activeProperty().get();
    }

    /** Asks for an address and opens the conversation with it. */
    public void newChat() {
        TextInputDialog d = input("New chat", "Chat with whom?", "Address", "");
        d.showAndWait().flatMap(ShellCommands::address).ifPresent(model::open);
    }

    public void addContact() {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(window.get());
        d.setTitle("Add contact");
        d.setHeaderText("Add a contact and ask to see their presence.");
        TextField address = new TextField();
        address.setId("newContactAddress");
        address.setPromptText("friend@example.org");
        TextField name = new TextField();
        name.setId("newContactName");
        name.setPromptText("optional");
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label("Address"), address);
        g.addRow(1, new Label("Name"), name);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.application.Platform.runLater(address::requestFocus);
        if (d.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        Optional<Jid> jid = address(address.getText());
        if (jid.isEmpty()) {
            return;
        }
        AccountModel a = account();
        String nick = name.getText().isBlank() ? null : name.getText().trim();
        run("add " + jid.get(), () -> a.session().map(s -> s.roster().set(RosterItem.of(jid.get(), nick, Set.of()))
                .thenCompose(x -> s.presence().subscribe(jid.get(), null))).orElse(notConnected()));
    }

    @Override
    public void chat(Jid contact) {
        model.open(contact);
    }

    @Override
    public void rename(Contact contact) {
        input("Rename", "A name for " + contact.jid(), "Name", contact.name() == null ? "" : contact.name())
                .showAndWait().ifPresent(name -> update(contact, name.isBlank() ? null : name.trim(),
                        new LinkedHashSet<>(contact.groups())));
    }

    @Override
    public void editGroups(Contact contact) {
        new GroupsDialog(window.get(), contact, GroupsDialog.groupsOf(account().contacts().all())).dialog()
                .showAndWait().ifPresent(groups -> update(contact, contact.name(), groups));
    }

    private void update(Contact contact, String name, Set<String> groups) {
        AccountModel a = account();
        run("change " + contact.jid(), () -> a.session()
                .map(s -> s.roster().set(RosterItem.of(contact.jid(), name, groups))).orElse(notConnected()));
    }

    @Override
    public void askPresence(Contact contact) {
        AccountModel a = account();
        run("ask " + contact.jid() + " to share their presence", () -> a.session()
                .map(s -> s.presence().subscribe(contact.jid(), null)).orElse(notConnected()));
    }

    @Override
    public void remove(Contact contact) {
        if (confirm("Remove " + contact.displayName() + "?",
                "They will no longer see your presence, nor you theirs.", "Remove")) {
            AccountModel a = account();
            run("remove " + contact.jid(), () -> a.session().map(s -> s.roster().remove(contact.jid()))
                    .orElse(notConnected()));
        }
    }

    @Override
    public void block(Contact contact) {
        if (confirm("Block " + contact.displayName() + "?",
                "You will receive nothing from them until you unblock them in Settings.", "Block")) {
            AccountModel a = account();
            run("block " + contact.jid(), () -> a.session().map(s -> s.blocking().block(List.of(contact.jid())))
                    .orElse(notConnected()));
        }
    }

    @Override
    public void details(Contact contact) {
        ContactDetailsDialog.show(window.get(), contact, account().session().orElse(null), ui);
    }

    private static <T> CompletableFuture<T> notConnected() {
        return CompletableFuture.failedFuture(new IllegalStateException("not connected yet"));
    }

    /** Runs a request off the UI thread; a failure becomes a message box. */
    private void run(String what, Supplier<CompletableFuture<?>> request) {
        CompletableFuture.supplyAsync(request).thenCompose(f -> f).whenComplete((ok, e) -> {
            if (e != null) {
                ui.execute(() -> {
                    Alert alert = new Alert(Alert.AlertType.WARNING, Problems.sentence(e));
                    alert.initOwner(window.get());
                    alert.setHeaderText("Could not " + what);
                    alert.show();
                });
            }
        });
    }

    private TextInputDialog input(String title, String header, String label, String value) {
        TextInputDialog d = new TextInputDialog(value);
        d.initOwner(window.get());
        d.setTitle(title);
        d.setHeaderText(header);
        d.setContentText(label);
        d.getEditor().setId("dialogInput");
        return d;
    }

    private boolean confirm(String header, String text, String action) {
        ButtonType yes = new ButtonType(action, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, ButtonType.CANCEL);
        alert.initOwner(window.get());
        alert.setHeaderText(header);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    /** A bare address from what the user typed, or empty after telling them why not. */
    private static Optional<Jid> address(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            Jid j = Jid.of(t).bare();
            if (j.local() == null) {
                throw new IllegalArgumentException("an address has a name before the @");
            }
            return Optional.of(j);
        } catch (IllegalArgumentException e) {
            Alert alert = new Alert(Alert.AlertType.WARNING, "“" + t + "” is not an address: " + e.getMessage() + ".");
            alert.setHeaderText("Not an address");
            alert.show();
            return Optional.empty();
        }
    }
}
