package im.parley.ui.forms;

import im.parley.xmpp.ext.forms.FieldType;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.forms.validate.Validation;
import im.parley.xmpp.ext.forms.validate.ValidationResult;
import im.parley.xmpp.ext.forms.validate.Validator;
import im.parley.xmpp.jid.Jid;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * One field's answer and what is wrong with it. Text-like fields and list-single hold their
 * answer in {@link #textProperty()} (multi-value text and JID fields one value a line), booleans
 * in {@link #checkedProperty()}, list-multi in {@link #selected()}. A problem is shown once the
 * user changed the field, or after a submit.
 */
public final class FieldModel {
    private final FormField field;
    private final List<FieldImage> images;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty checked = new SimpleBooleanProperty(false);
    private final ObservableList<String> selected = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean submitted;

    FieldModel(FormField field, List<FieldImage> images) {
        this.field = field;
        this.images = List.copyOf(images);
        List<String> defaults = field.values();
        if (field.type() == FieldType.BOOLEAN) {
            checked.set(field.booleanValue().orElse(false));
        } else if (field.type() == FieldType.LIST_MULTI) {
            selected.setAll(defaults);
        } else {
            text.set(String.join("\n", defaults));
        }
        text.addListener((o, was, now) -> refresh());
        checked.addListener((o, was, now) -> refresh());
        selected.addListener((ListChangeListener<String>) c -> refresh());
    }

    public FormField field() {
        return field;
    }

    /** Null only for a fixed field. */
    public String var() {
        return field.var();
    }

    public FieldType type() {
        return field.type();
    }

    /** The label to show: the form's, else the field's name. */
    public String label() {
        if (field.label() != null && !field.label().isBlank()) {
            return field.label();
        }
        return field.var() == null ? "" : field.var();
    }

    /** The field's description, empty when it has none. */
    public String description() {
        return field.desc() == null ? "" : field.desc().strip();
    }

    public boolean required() {
        return field.required();
    }

    public List<FormField.Option> options() {
        return field.options();
    }

    /** Whether a list-single field also takes a value typed in (XEP-0122 open or another method). */
    public boolean openList() {
        return field.validation() != null && field.validation().opensList();
    }

    public List<FieldImage> images() {
        return images;
    }

    /** The text a fixed field shows. */
    public String fixedText() {
        return String.join("\n", field.values());
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    /** The chosen option values of a list-multi field. */
    public ObservableList<String> selected() {
        return selected;
    }

    /** What is wrong with the answer, as a sentence; empty when nothing is or it is not shown yet. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The values this field submits; empty when left blank. */
    public List<String> answer() {
        switch (field.type()) {
            case BOOLEAN:
                return List.of(checked.get() ? "1" : "0");
            case LIST_MULTI:
                return List.copyOf(selected);
            case TEXT_MULTI:
                return text.get().isEmpty() ? List.of() : Arrays.asList(text.get().split("\n", -1));
            case JID_MULTI:
                return Arrays.stream(text.get().split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            case JID_SINGLE:
                return text.get().isBlank() ? List.of() : List.of(text.get().strip());
            default:
                return text.get().isEmpty() ? List.of() : List.of(text.get());
        }
    }

    /** Shows the problem, blank required fields included from now on; returns it (on submit). */
    Optional<String> validate() {
        submitted = true;
        refresh();
        return problem.get().isEmpty() ? Optional.empty() : Optional.of(problem.get());
    }

    /**
     * Says what is wrong as the user types; a blank required field is pointed out only after a
     * submit, so that emptying a field to retype it does not scold.
     */
    private void refresh() {
        String found = findProblem().orElse("");
        problem.set(found.equals(FieldMessages.REQUIRED) && !submitted ? "" : found);
    }

    private Optional<String> findProblem() {
        FieldType type = field.type();
        if (type == FieldType.FIXED || type == FieldType.HIDDEN) {
            return Optional.empty();
        }
        List<String> answer = answer();
        if (field.required() && type != FieldType.BOOLEAN && answer.stream().allMatch(String::isBlank)) {
            return Optional.of(FieldMessages.REQUIRED);
        }
        if (type.holdsJids()) {
            Optional<String> bad = answer.stream().filter(v -> Jid.tryParse(v).isEmpty()).findFirst();
            if (bad.isPresent()) {
                return Optional.of(FieldMessages.notAnAddress(bad.get()));
            }
        }
        Validation validation = field.validation();
        if (validation != null) {
            for (String value : answer) {
                if (!Validator.check(validation, value).isValid()) {
                    return Optional.of(FieldMessages.invalid(validation, value));
                }
            }
            if (type == FieldType.LIST_MULTI && !Validator.checkCount(validation, answer.size()).isValid()) {
                return Optional.of(FieldMessages.count(validation, answer.size()));
            }
        }
        ValidationResult rest = field.check(answer);
        if (rest instanceof ValidationResult.Invalid invalid) {
            return Optional.of(type.hasOptions() ? FieldMessages.NOT_AN_OPTION : invalid.reason());
        }
        return Optional.empty();
    }
}
