package im.parley.ui.shell;

import im.parley.ui.app.AccountModel;
import im.parley.xmpp.im.SubscriptionEvent;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Subscription requests of the active account, each answered by the user: never approved on its own. */
final class InboxView extends VBox {
    private AccountModel shown;
    private final ListChangeListener<SubscriptionEvent> changed = c -> rebuild();

    InboxView(ObjectProperty<AccountModel> active) {
        setId("inbox");
        getStyleClass().add("inbox");
        setSpacing(6);
        active.addListener((o, was, a) -> show(a));
        show(active.get());
    }

    private void show(AccountModel a) {
        if (shown != null) {
            shown.inbox().removeListener(changed);
        }
        shown = a;
        if (a != null) {
            a.inbox().addListener(changed);
        }
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        if (shown != null) {
            for (SubscriptionEvent request : shown.inbox()) {
                getChildren().add(row(request));
            }
        }
        setVisible(!getChildren().isEmpty());
        setManaged(isVisible());
    }

    private HBox row(SubscriptionEvent request) {
        String who = request.nick() != null && !request.nick().isBlank()
                ? request.nick() + " (" + request.from().bare() + ")" : request.from().bare().toString();
        Label text = new Label(who + " wants to see when you are online.");
        text.setWrapText(true);
        text.setMinWidth(0);
        Button accept = new Button("Accept");
        accept.setId("acceptRequest");
        accept.getStyleClass().addAll("small", "success");
        accept.setOnAction(e -> shown.approve(request));
        Button refuse = new Button("Refuse");
        refuse.setId("refuseRequest");
        refuse.getStyleClass().add("small");
        refuse.setOnAction(e -> shown.refuse(request));
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
