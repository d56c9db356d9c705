package im.parley.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** Where the messages are kept on this computer. */
public final class ArchiveView {
    private final VBox root;

    public ArchiveView(ArchiveViewModel model) {
        // A read-only field, so the path can be selected and copied.
        TextField path = new TextField(model.folder());
        path.setId("profileFolder");
        path.setEditable(false);
        HBox.setHgrow(path, Priority.ALWAYS);
        Button open = new Button("Open folder", new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        open.setId("openFolder");
        open.setOnAction(e -> model.openFolder());
        open.setMinWidth(Button.USE_PREF_SIZE);
        HBox row = new HBox(8, path, open);
        row.setAlignment(Pos.CENTER_LEFT);
        Label size = new Label();
        size.setId("archiveSpace");
        size.setWrapText(true);
        size.textProperty().bind(model.spaceProperty());
        Button compact = new Button("Compact when Parley closes", new FontIcon(Material2OutlinedAL.CLEANING_SERVICES));
        compact.setId("compactArchive");
        compact.setOnAction(e -> model.compactAtClose());
        compact.disableProperty().bind(model.compactionAskedProperty());
        root = SettingsLayout.page("Archive",
                SettingsLayout.group("Profile folder", row,
                        SettingsLayout.note("Your messages, contacts, settings and the search index are kept in this"
                                + " folder, on this computer only. Copy it to take everything to another computer,"
                                + " or start Parley with --profile and another folder to keep a separate profile.")),
                SettingsLayout.group("Disk space", size, compact,
                        SettingsLayout.note("Parley compacts the archive by itself when it takes far more space than"
                                + " its data, as after importing or first syncing a long history. Compacting needs the"
                                + " archive closed, so it runs while Parley closes.")),
                SettingsLayout.problem(model.problemProperty()));
        model.readSpace();
    }

    public Node root() {
        return root;
    }
}
