package im.parley.ui.shell;

import im.parley.ui.app.AccountModel;
import im.parley.client.RosterOffer;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.ext.rosterx.RosterSuggestion;
import im.parley.xmpp.im.SubscriptionEvent;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What waits for the active account's user: subscription requests and roster suggestions
 * (XEP-0144), each answered by the user, never applied on its own.
 */
final class InboxView extends VBox {
    private AccountModel shown;
    private final Consumer<Jid> openRoom;
    private final Consumer<Throwable> problem;
    private final java.util.concurrent.Executor ui;
    private final InvalidationListener changed = c -> rebuild();

    /**
     * @param openRoom shows a room the user just joined from an invitation
     * @param problem tells the user why joining failed
     */
    InboxView(ObjectProperty<AccountModel> active, Consumer<Jid> openRoom, Consumer<Throwable> problem,
              java.util.concurrent.Executor ui) {
        this.openRoom = openRoom;
        this.problem = problem;
        this.ui = ui;
        setId("inbox");
        getStyleClass().add("inbox");
        setSpacing(6);
        active.addListener((o, was, a) -> show(a));
        show(active.get());
    }

    private void show(AccountModel a) {
        if (shown != null) {
            shown.inbox().removeListener(changed);
            shown.offers().removeListener(changed);
            shown.invitations().removeListener(changed);
        }
        shown = a;
        if (a != null) {
            a.inbox().addListener(changed);
            a.offers().addListener(changed);
            a.invitations().addListener(changed);
        }
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        if (shown != null) {
            for (SubscriptionEvent request : shown.inbox()) {
                getChildren().add(row(request));
            }
            for (RosterOffer offer : shown.offers()) {
                getChildren().add(row(offer));
            }
            for (RoomEvent.Invited invitation : shown.invitations()) {
                getChildren().add(row(invitation));
            }
        }
        setVisible(!getChildren().isEmpty());
        setManaged(isVisible());
    }

    private HBox row(SubscriptionEvent request) {
        String known = nameOf(request.from());
        String who = known != null ? known
                : request.nick() != null && !request.nick().isBlank()
                ? request.nick() + " (" + request.from().bare() + ")" : request.from().bare().toString();
        return row(who + " wants to see when you are online.", "Accept", "acceptRequest", () -> shown.approve(request),
                "Refuse", "refuseRequest", () -> shown.refuse(request));
    }

    private HBox row(RosterOffer offer) {
        String who = offer.from() == null ? "Your server" : Objects.requireNonNullElse(nameOf(offer.from()),
                offer.from().bare().toString());
        List<String> changes = offer.suggestions().stream().map(InboxView::change).toList();
        return row(who + " suggests: " + String.join(", ", changes) + ".", "Apply", "acceptOffer",
                () -> shown.accept(offer), "Ignore", "refuseOffer", () -> shown.refuse(offer));
    }

    private HBox row(RoomEvent.Invited invitation) {
        AccountModel account = shown;
        String who = Objects.requireNonNullElse(nameOf(invitation.from()), invitation.from().bare().toString());
        String room = invitation.room().local() == null ? invitation.room().toString() : invitation.room().local();
        String why = invitation.reason() == null || invitation.reason().isBlank() ? "" : ": “" + invitation.reason() + "”";
        return row(who + " invites you to the room " + room + why + ".", "Join", "acceptInvitation",
                () -> account.accept(invitation).whenComplete((ok, failure) -> ui.execute(() -> {
                    if (failure == null) {
                        openRoom.accept(invitation.room());
                    } else {
                        problem.accept(failure);
                    }
                })), "Decline", "declineInvitation", () -> account.decline(invitation));
    }

    /** One suggestion as a phrase: "add Carol Cook", "remove dave@example.org", "move Eve to Work". */
    static String change(RosterSuggestion s) {
        String who = s.name() == null || s.name().isBlank() ? s.jid().toString() : s.name();
        String groups = s.groups().isEmpty() ? "" : " (" + String.join(", ", new TreeSet<>(s.groups())) + ")";
        return switch (s.action()) {
            case ADD -> "add " + who + groups;
            case DELETE -> "remove " + who;
            case MODIFY -> "change " + who + groups;
        };
    }

    private String nameOf(Jid jid) {
        return shown.contacts().contact(jid.bare()).map(c -> c.name()).filter(n -> n != null && !n.isBlank())
                .orElse(null);
    }

    private HBox row(String sentence, String yes, String yesId, Runnable onYes, String no, String noId, Runnable onNo) {
        Label text = new Label(sentence);
        text.setWrapText(true);
        text.setMinWidth(0);
        Button accept = new Button(yes);
        accept.setId(yesId);
        accept.getStyleClass().addAll("small", "success");
        accept.setOnAction(e -> onYes.run());
        Button refuse = new Button(no);
        refuse.setId(noId);
        refuse.getStyleClass().add("small");
        refuse.setOnAction(e -> onNo.run());
        HBox buttons = new HBox(6, accept, refuse);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, text, buttons);
        HBox.setHgrow(text, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("inbox-row");
        return row;
    }
}
