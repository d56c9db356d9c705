package im.parley.ui.rooms;

import im.parley.ui.contacts.Contact;
import im.parley.xmpp.jid.Jid;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Picks a contact to invite into a room: the roster, filtered by name or address as the user
 * types, and an optional message that goes with the invitation.
 */
final class ContactPicker {
    /** Who to invite, and what to tell them (null for nothing). */
    record Invitee(Jid jid, String reason) {
    }

    private ContactPicker() {
    }

    static Optional<Invitee> pick(Node owner, String roomName, List<Contact> contacts) {
        Collator collator = Collator.getInstance();
        FilteredList<Contact> shown = new FilteredList<>(FXCollections.observableArrayList(contacts.stream()
                .sorted(Comparator.comparing(Contact::displayName, collator)).toList()));
        TextField filter = new TextField();
        filter.setId("inviteFilter");
        filter.setPromptText("Search contacts");
        filter.textProperty().addListener((o, was, now) -> {
            String f = now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(c -> f.isEmpty() || c.displayName().toLowerCase(Locale.ROOT).contains(f)
                    || c.jid().toString().contains(f));
        });
        ListView<Contact> list = new ListView<>(shown);
        list.setId("inviteContacts");
        list.setPrefHeight(240);
        list.setPlaceholder(new Label(contacts.isEmpty() ? "You have no contacts yet." : "No contact matches."));
        list.setCellFactory(l -> DialogParts.twoLineCell(Contact::displayName, c -> c.jid().toString()));
        TextField reason = new TextField();
        reason.setId("inviteReason");
        reason.setPromptText("A message with the invitation (optional)");

        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(RoomDialogs.window(owner));
        d.setTitle("Invite to " + roomName);
        d.setHeaderText("Invite a contact to " + roomName);
        ButtonType invite = new ButtonType("Invite", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(invite, ButtonType.CANCEL);
        Button inviteButton = (Button) d.getDialogPane().lookupButton(invite);
        inviteButton.setId("sendInvitation");
        inviteButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        d.getDialogPane().setContent(new VBox(8, filter, list, reason));
        Platform.runLater(filter::requestFocus);
        return d.showAndWait().filter(invite::equals).map(b -> {
            String why = reason.getText().strip();
            return new Invitee(list.getSelectionModel().getSelectedItem().jid(), why.isEmpty() ? null : why);
        });
    }
}
