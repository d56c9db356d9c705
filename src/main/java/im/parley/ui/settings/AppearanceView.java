package im.parley.ui.settings;

import im.parley.ui.settings.AppearanceViewModel.ThemeChoice;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Theme and text size, each taking effect as it is chosen. */
public final class AppearanceView {
    private final VBox root;

    public AppearanceView(AppearanceViewModel model) {
        ToggleGroup themes = new ToggleGroup();
        VBox choices = new VBox(6);
        for (ThemeChoice c : ThemeChoice.values()) {
            RadioButton r = new RadioButton(c.label());
            r.setId("theme-" + c.preference());
            r.setToggleGroup(themes);
            r.setUserData(c);
            r.setSelected(model.themeProperty().get() == c);
            choices.getChildren().add(r);
        }
        themes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.chooseTheme((ThemeChoice) now.getUserData());
            }
        });

        Slider size = new Slider(AppearanceViewModel.SMALLEST, AppearanceViewModel.LARGEST,
                model.fontScaleProperty().get());
        size.setId("fontScale");
        size.setMajorTickUnit(0.2);
        size.setMinorTickCount(1);
        size.setShowTickMarks(true);
        size.setSnapToTicks(true);
        size.setAccessibleText("Text size");
        size.valueProperty().addListener((o, was, now) -> model.chooseFontScale(now.doubleValue()));
        HBox.setHgrow(size, Priority.ALWAYS);
        size.setMaxWidth(320);
        Label percent = new Label();
        percent.setId("fontScalePercent");
        percent.textProperty().bind(model.fontScaleProperty().multiply(100).asString("%.0f %%"));
        percent.setMinWidth(Label.USE_PREF_SIZE);
        HBox sizeRow = new HBox(12, new Label("A"), size, bigA(), percent);
        sizeRow.setAlignment(Pos.CENTER_LEFT);

        root = SettingsLayout.page("Appearance",
                SettingsLayout.group("Theme", choices,
                        SettingsLayout.note("“Follow the system” uses a dark theme when your desktop's GTK theme is"
                                + " a dark one, else the light theme.")),
                SettingsLayout.group("Text size", sizeRow,
                        SettingsLayout.note("Changes the size of all text in Parley's windows, from 80 % to 160 %.")));
    }

    private static Label bigA() {
        Label a = new Label("A");
        a.getStyleClass().add("title-3");
        return a;
    }

    public Node root() {
        return root;
    }
}
