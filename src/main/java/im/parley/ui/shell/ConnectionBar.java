package im.parley.ui.shell;

import im.parley.client.AccountState;
import im.parley.ui.app.AccountModel;
import java.time.Instant;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Always in view while the active account is not online: what is happening, the countdown to the
 * next attempt, and "Reconnect now".
 */
final class ConnectionBar extends HBox {
    private final Label text = new Label();
    private final Timeline tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> refresh()));
    private AccountModel shown;
    private final ChangeListener<AccountState> stateChanged = (o, was, now) -> refresh();

    ConnectionBar(ObjectProperty<AccountModel> active) {
        setId("connectionBar");
        getStyleClass().add("connection-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        text.setId("connectionState");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button now = new Button("Reconnect now");
        now.setId("reconnectNow");
        now.getStyleClass().add("small");
        // The text wraps instead: a cut "Reco…" would hide what the button does.
        now.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        now.setOnAction(e -> {
            AccountModel a = shown;
            if (a != null) {
                Thread t = new Thread(a.account()::reconnectNow, "parley-reconnect");
                t.setDaemon(true);
                t.start();
            }
        });
        getChildren().addAll(new FontIcon(Material2OutlinedMZ.WIFI_OFF), text, now);
        tick.setCycleCount(Timeline.INDEFINITE);
        active.addListener((o, was, a) -> show(a));
        show(active.get());
    }

    private void show(AccountModel a) {
        if (shown != null) {
            shown.stateProperty().removeListener(stateChanged);
        }
        shown = a;
        if (a != null) {
            a.stateProperty().addListener(stateChanged);
        }
        refresh();
    }

    private void refresh() {
        String t = shown == null ? null : ConnectionText.of(shown.stateProperty().get(), Instant.now());
        boolean visible = t != null;
        setVisible(visible);
        setManaged(visible);
        text.setText(t == null ? "" : t);
        boolean counting = visible && shown.stateProperty().get() instanceof AccountState.Reconnecting;
        if (counting && tick.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            tick.play();
        } else if (!counting) {
            tick.stop();
        }
    }
}
