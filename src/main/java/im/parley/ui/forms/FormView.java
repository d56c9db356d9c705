package im.parley.ui.forms;

import atlantafx.base.theme.Styles;
import im.parley.xmpp.ext.forms.FieldType;
import im.parley.xmpp.ext.forms.FormField;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Shows a {@link FormViewModel}: title, instructions, the current page with its sections, and one
 * control per field in form order, so that Tab follows the form. Each field has its label (with
 * a required mark), its description as help text and tooltip, and its problem under it. Controls
 * carry the id {@code field-<var>} (characters other than letters, digits, '-' and '_' as '_').
 */
public final class FormView {
    private final FormViewModel model;
    private final VBox root = new VBox(12);
    private final VBox pageHolder = new VBox();
    private final List<Node> pageNodes = new ArrayList<>();

    public FormView(FormViewModel model) {
        this.model = model;
        root.getStyleClass().add("data-form");
        if (!model.title().isEmpty()) {
            Label title = wrapping(model.title());
            title.getStyleClass().add(Styles.TITLE_3);
            title.setAccessibleRole(AccessibleRole.TEXT);
            root.getChildren().add(title);
        }
        for (String instruction : model.instructions()) {
            root.getChildren().add(wrapping(instruction));
        }
        for (FormPage page : model.pages()) {
            pageNodes.add(page(page));
        }
        root.getChildren().add(pageHolder);
        // Only the shown page is in the scene: hidden pages would otherwise take Tab stops.
        showPage(model.pageProperty().get());
        model.pageProperty().addListener((o, was, now) -> showPage(now.intValue()));
        if (pageNodes.size() > 1) {
            root.getChildren().add(pager());
        }
    }

    public Node root() {
        return root;
    }

    private void showPage(int index) {
        pageHolder.getChildren().setAll(pageNodes.get(index));
    }

    private Node pager() {
        Button back = new Button("Back");
        back.setId("form-previous-page");
        back.disableProperty().bind(model.pageProperty().isEqualTo(0));
        back.setOnAction(e -> model.previousPage());
        Button next = new Button("Next");
        next.setId("form-next-page");
        next.disableProperty().bind(model.pageProperty().isEqualTo(model.pages().size() - 1));
        next.setOnAction(e -> model.nextPage());
        Label where = new Label();
        where.getStyleClass().add(Styles.TEXT_MUTED);
        where.textProperty().bind(Bindings.createStringBinding(
                () -> "Page " + (model.pageProperty().get() + 1) + " of " + model.pages().size(), model.pageProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, back, where, gap, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node page(FormPage page) {
        VBox box = new VBox(14);
        if (page.label() != null && !page.label().isBlank()) {
            Label label = wrapping(page.label());
            label.getStyleClass().add(Styles.TITLE_4);
            box.getChildren().add(label);
        }
        page.blocks().forEach(b -> box.getChildren().add(block(b)));
        return box;
    }

    private Node block(FormBlock block) {
        if (block instanceof FormBlock.Text t) {
            return wrapping(t.text());
        }
        if (block instanceof FormBlock.Section s) {
            VBox box = new VBox(10);
            if (s.label() != null && !s.label().isBlank()) {
                Label heading = wrapping(s.label());
                heading.getStyleClass().add(Styles.TEXT_BOLD);
                box.getChildren().addAll(heading, new Separator());
            }
            s.blocks().forEach(b -> box.getChildren().add(block(b)));
            return box;
        }
        return field(((FormBlock.Field) block).field());
    }

    private Node field(FieldModel f) {
        VBox box = new VBox(4);
        if (f.type() == FieldType.FIXED) {
            box.getChildren().add(wrapping(f.fixedText()));
            return box;
        }
        Node control = control(f);
        control.setId(id(f.var()));
        control.setAccessibleText(f.label() + (f.required() ? ", required" : ""));
        if (!f.description().isEmpty()) {
            control.setAccessibleHelp(f.description());
            Tooltip.install(control, new Tooltip(f.description()));
        }
        if (f.type() != FieldType.BOOLEAN) {
            Label label = new Label(f.label() + (f.required() ? " *" : ""));
            label.setLabelFor(control);
            label.setWrapText(true);
            label.getStyleClass().add(Styles.TEXT_BOLD);
            box.getChildren().add(label);
        }
        for (FieldImage image : f.images()) {
            box.getChildren().add(image(image, f.label()));
        }
        box.getChildren().add(control);
        if (!f.description().isEmpty()) {
            Label help = wrapping(f.description());
            help.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            box.getChildren().add(help);
        }
        Label problem = wrapping("");
        problem.setAccessibleRole(AccessibleRole.TEXT);
        problem.setId(id(f.var()) + "-problem");
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.textProperty().bind(f.problemProperty());
        problem.visibleProperty().bind(f.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        f.problemProperty().addListener((o, was, now) -> control.pseudoClassStateChanged(Styles.STATE_DANGER,
                !now.isEmpty()));
        box.getChildren().add(problem);
        return box;
    }

    private static Node control(FieldModel f) {
        switch (f.type()) {
            case BOOLEAN: {
                CheckBox box = new CheckBox(f.label() + (f.required() ? " *" : ""));
                box.setWrapText(true);
                box.selectedProperty().bindBidirectional(f.checkedProperty());
                return box;
            }
            case LIST_SINGLE:
                return listSingle(f);
            case LIST_MULTI:
                return listMulti(f);
            case TEXT_PRIVATE:
                return text(new PasswordField(), f, "");
            case TEXT_MULTI:
                return text(textArea(), f, "");
            case JID_MULTI:
                return text(textArea(), f, "One address a line, like name@example.org");
            case JID_SINGLE:
                return text(new TextField(), f, "name@example.org");
            default:
                return text(new TextField(), f, "");
        }
    }

    private static TextArea textArea() {
        TextArea area = new TextArea();
        area.setPrefRowCount(3);
        area.setWrapText(true);
        return area;
    }

    private static Node text(TextInputControl input, FieldModel f, String prompt) {
        input.setPromptText(prompt);
        input.textProperty().bindBidirectional(f.textProperty());
        return input;
    }

    private static Node listSingle(FieldModel f) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setMaxWidth(Double.MAX_VALUE);
        f.options().forEach(o -> combo.getItems().add(o.value()));
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : optionLabel(f, value);
            }

            @Override
            public String fromString(String text) {
                return f.options().stream().filter(o -> optionLabel(f, o.value()).equals(text))
                        .map(FormField.Option::value).findFirst().orElse(text);
            }
        });
        // An open list (XEP-0122) also takes a value that is not among the options.
        combo.setEditable(f.openList());
        combo.setValue(f.textProperty().get().isEmpty() ? null : f.textProperty().get());
        combo.valueProperty().addListener((o, was, now) -> f.textProperty().set(now == null ? "" : now));
        f.textProperty().addListener((o, was, now) -> combo.setValue(now.isEmpty() ? null : now));
        return combo;
    }

    /** A checkable list: one check box per option, each its own Tab stop. */
    private static Node listMulti(FieldModel f) {
        VBox boxes = new VBox(6);
        for (FormField.Option option : f.options()) {
            CheckBox box = new CheckBox(optionLabel(f, option.value()));
            box.setId(id(f.var()) + "-" + id(option.value()).substring("field-".length()));
            box.setSelected(f.selected().contains(option.value()));
            box.selectedProperty().addListener((o, was, now) -> {
                if (now && !f.selected().contains(option.value())) {
                    f.selected().add(option.value());
                } else if (!now) {
                    f.selected().remove(option.value());
                }
            });
            boxes.getChildren().add(box);
        }
        boxes.setAccessibleRole(AccessibleRole.LIST_VIEW);
        return boxes;
    }

    private static String optionLabel(FieldModel f, String value) {
        return f.options().stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> o.label() == null || o.label().isBlank() ? o.value() : o.label()).orElse(value);
    }

    private static Node image(FieldImage image, String label) {
        ImageView view = new ImageView(new Image(new ByteArrayInputStream(image.bytes())));
        view.setPreserveRatio(true);
        if (image.width() != null) {
            view.setFitWidth(image.width());
        }
        if (image.height() != null) {
            view.setFitHeight(image.height());
        }
        view.setAccessibleText("Picture for " + label);
        return view;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static String id(String var) {
        return "field-" + var.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
