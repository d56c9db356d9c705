package im.parley.ui.settings;

import im.parley.ui.settings.CertificatesViewModel.Pin;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The certificates trusted by hand, each with its account and fingerprint, each removable. */
public final class CertificatesView {
    private final VBox root;

    public CertificatesView(CertificatesViewModel model) {
        ListView<Pin> list = new ListView<>(model.pins());
        list.setId("pins");
        list.setPlaceholder(new Label("No certificate was trusted by hand: every server so far had one your"
                + " system trusts."));
        list.setPrefHeight(260);
        list.setCellFactory(v -> new PinCell(model));
        root = SettingsLayout.page("Trusted certificates",
                SettingsLayout.note("When a server's certificate is not one your system trusts, Parley asks you,"
                        + " and remembers the ones you trust by their SHA-256 fingerprint. Remove one to be asked"
                        + " again the next time that account signs in."),
                list, SettingsLayout.problem(model.problemProperty()));
        model.load();
    }

    /** 32 pairs on two lines of 16, so the fingerprint fits and can be compared half by half. */
    static String twoLines(String readable) {
        int middle = readable.length() > 48 ? 48 : -1;
        return middle < 0 ? readable : readable.substring(0, middle - 1) + "\n" + readable.substring(middle);
    }

    private static final class PinCell extends ListCell<Pin> {
        private final Label account = new Label();
        private final Label firstHalf = new Label();
        private final Label secondHalf = new Label();
        private final Button remove = new Button("Remove");
        private final HBox box;

        PinCell(CertificatesViewModel model) {
            account.getStyleClass().add("text-bold");
            firstHalf.getStyleClass().addAll("text-muted", "fingerprint");
            secondHalf.getStyleClass().addAll("text-muted", "fingerprint");
            remove.getStyleClass().addAll("button-outlined", "danger");
            remove.setOnAction(e -> model.remove(getItem()));
            VBox text = new VBox(2, account, firstHalf, secondHalf);
            text.setMinWidth(0);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            box = new HBox(8, text, grow, remove);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Pin item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                account.setText(item.account().toString());
                String[] lines = twoLines(item.readable()).split("\n", 2);
                firstHalf.setText(lines[0]);
                secondHalf.setText(lines.length > 1 ? lines[1] : "");
                remove.setId("removePin-" + item.fingerprint());
                setGraphic(box);
            }
        }
    }

    public Node root() {
        return root;
    }
}
