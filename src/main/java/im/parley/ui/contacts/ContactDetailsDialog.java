package im.parley.ui.contacts;

import im.parley.client.AccountSession;
import im.parley.ui.profile.ProfileText;
import im.parley.xmpp.im.ResourcePresence;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A contact's details: address, subscription and what they publish (mood, activity, tune,
 * location), then each online device with its software
 * (XEP-0092), local time (XEP-0202) and idle time (XEP-0012), each asked when the dialog opens
 * and filled in as the answers come.
 */
public final class ContactDetailsDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);

    private ContactDetailsDialog() {
    }

    public static void show(Window owner, Contact contact, AccountSession session, Executor ui) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(contact.displayName());
        String address = contact.jid().toString();
        dialog.setHeaderText(contact.displayName().equals(address) ? address : contact.displayName() + "\n" + address);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("contactDetails");
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        facts.getColumnConstraints().add(labelColumn());
        facts.addRow(0, bold("Subscription"), new Label(subscription(contact)));
        facts.addRow(1, bold("Groups"), new Label(contact.groups().isEmpty() ? "none" : String.join(", ", contact.groups())));
        if (session != null) {
            // What they publish (XEP-0163): nickname, mood, activity, tune and location.
            for (var line : ProfileText.lines(session.profile().profile(contact.jid()))) {
                Label value = new Label(line.getValue());
                value.setWrapText(true);
                value.setId("profile-" + line.getKey().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
                facts.addRow(facts.getRowCount(), bold(line.getKey()), value);
            }
        }
        VBox content = new VBox(14, facts);
        List<ResourcePresence> devices = session == null ? List.of() : session.presence().table().resources(contact.jid());
        if (devices.isEmpty()) {
            content.getChildren().add(new Label("No device of this contact is online."));
        }
        for (ResourcePresence device : devices) {
            content.getChildren().add(device(device, session, ui));
        }
        content.setPadding(new Insets(12, 16, 4, 16));
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.show();
    }

    private static GridPane device(ResourcePresence device, AccountSession session, Executor ui) {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(4);
        g.getStyleClass().add("device-details");
        g.getColumnConstraints().add(labelColumn());
        Label software = new Label("asking…");
        Label time = new Label("asking…");
        Label idle = new Label("asking…");
        g.add(bold(device.jid().resource() == null ? "(no resource)" : device.jid().resource()), 0, 0, 2, 1);
        g.addRow(1, new Label("Software"), software);
        g.addRow(2, new Label("Local time"), time);
        g.addRow(3, new Label("Idle"), idle);
        fill(software, session.softwareVersion(device.jid()),
                v -> v.name() + " " + v.version() + (v.os() == null ? "" : " on " + v.os()), ui);
        fill(time, session.entityTime(device.jid()),
                t -> TIME.format(t.utc().atOffset(t.offset())) + " (UTC" + t.offset() + ")", ui);
        fill(idle, session.idleTime(device.jid()), a -> idle(a.seconds()), ui);
        return g;
    }

    /** The names' column, as wide in every grid so that the values line up under one another. */
    private static ColumnConstraints labelColumn() {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(100);
        return column;
    }

    private static <T> void fill(Label label, CompletableFuture<T> answer, Function<T, String> text, Executor ui) {
        answer.whenComplete((v, e) -> ui.execute(() -> label.setText(e != null ? "not answered" : text.apply(v))));
    }

    static String idle(Duration d) {
        if (d.toMinutes() < 1) {
            return "active now";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min";
        }
        if (d.toDays() < 1) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        return d.toDays() + " days";
    }

    private static String subscription(Contact c) {
        switch (c.subscription()) {
            case BOTH:
                return "You see each other's presence";
            case TO:
                return "You see their presence; they do not see yours";
            case FROM:
                return "They see your presence; you do not see theirs";
            default:
                return c.askSubscribe() ? "Waiting for them to approve" : "Neither sees the other's presence";
        }
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }
}
