package im.parley.ui.settings;

import im.parley.client.Privacy;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The privacy switches, each with what it tells contacts. */
public final class PrivacyView {
    private final VBox root;

    public PrivacyView(PrivacyViewModel model) {
        Privacy now = model.privacyProperty().get();
        CheckBox receipts = toggle("receipts", "Send delivery receipts", now.deliveryReceipts(),
                model::sendDeliveryReceipts);
        CheckBox typing = toggle("chatStates", "Send typing notifications", now.chatStates(), model::sendChatStates);
        CheckBox read = toggle("readMarkers", "Send read markers", now.readMarkers(), model::sendReadMarkers);

        ComboBox<Privacy.IdleShownTo> idle = new ComboBox<>();
        idle.setId("idleTime");
        idle.getItems().setAll(Privacy.IdleShownTo.values());
        idle.setConverter(new StringConverter<>() {
            @Override
            public String toString(Privacy.IdleShownTo who) {
                return who == null ? "" : label(who);
            }

            @Override
            public Privacy.IdleShownTo fromString(String text) {
                return null;
            }
        });
        idle.setValue(now.idleTime());
        idle.setOnAction(e -> model.showIdleTimeTo(idle.getValue()));

        root = SettingsLayout.page("Privacy",
                SettingsLayout.group("Messages", receipts,
                        SettingsLayout.note("Tells the sender that your device received their message."),
                        typing,
                        SettingsLayout.note("Shows contacts when you are typing to them."),
                        read,
                        SettingsLayout.note("Tells contacts which of their messages you have read. Your other"
                                + " devices learn what you read from the same markers: with this off, they keep"
                                + " counting those messages as unread.")),
                SettingsLayout.group("Idle time", idle,
                        SettingsLayout.note("Who may ask how long ago you last used Parley (XEP-0012). Others are"
                                + " refused.")),
                SettingsLayout.note("Changes apply at once, to all your accounts."));
    }

    private static String label(Privacy.IdleShownTo who) {
        switch (who) {
            case EVERYONE:
                return "Everyone";
            case CONTACTS:
                return "My contacts only";
            default:
                return "Nobody";
        }
    }

    private static CheckBox toggle(String id, String text, boolean on, Consumer<Boolean> command) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setSelected(on);
        box.selectedProperty().addListener((o, was, now) -> command.accept(now));
        return box;
    }

    public Node root() {
        return root;
    }
}
