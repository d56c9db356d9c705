package im.parley.xmpp.ext.forms;

import im.parley.xmpp.ext.forms.layout.Page;
import im.parley.xmpp.ext.forms.validate.ValidationResult;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A data form (XEP-0004): a form to fill in, a submission, a cancellation or a result, which may
 * hold a table (reported fields and items).
 *
 * @param title null when not given
 * @param instructions each instructions element, in order
 * @param reported the table's columns; empty when the form has no table
 * @param pages its XEP-0141 layout
 * @param extensions other child elements, kept as they came
 * @throws IllegalArgumentException when the form breaks a rule of §3 (see {@link DataFormCodec})
 */
public record DataForm(FormType type, String title, List<String> instructions, List<FormField> fields,
                       List<FormField> reported, List<Item> items, List<Page> pages, List<XmlElement> extensions) {
    public static final String NAMESPACE = "jabber:x:data";
    /** The var of the hidden field naming what a form is for (XEP-0068). */
    public static final String FORM_TYPE = "FORM_TYPE";

    /** One row of a result table: a field for each reported column. */
    public record Item(List<FormField> fields) {
        public Item {
            fields = List.copyOf(fields);
        }

        public Optional<FormField> field(String var) {
            return DataForm.field(fields, var);
        }
    }

    public DataForm {
        Objects.requireNonNull(type, "type");
        instructions = List.copyOf(instructions);
        fields = List.copyOf(fields);
        reported = List.copyOf(reported);
        items = List.copyOf(items);
        pages = List.copyOf(pages);
        extensions = List.copyOf(extensions);
        // §3.2: a field of a form to fill in without a type is text-single; elsewhere it is
        // inferred from context, so only the declared type is held to its rules.
        checkFields(fields, var -> type == FormType.FORM ? FieldType.TEXT_SINGLE : null);
        checkTable(type, reported, items);
        if (pages.stream().mapToInt(Page::reportedRefs).sum() > 1) {
            throw new IllegalArgumentException("the layout references the table more than once");
        }
    }

    /** A form of {@code type} with only fields. */
    public static DataForm of(FormType type, List<FormField> fields) {
        return new DataForm(type, null, List.of(), fields, List.of(), List.of(), List.of(), List.of());
    }

    /** The answer that cancels filling in a form (§3.1); it carries no fields. */
    public static DataForm cancel() {
        return of(FormType.CANCEL, List.of());
    }

    public Optional<FormField> field(String var) {
        return field(fields, var);
    }

    /** The value of the FORM_TYPE field (XEP-0068) when the field is hidden or has no type. */
    public Optional<String> formType() {
        return field(FORM_TYPE).filter(f -> f.declaredType() == null || f.declaredType() == FieldType.HIDDEN)
                .flatMap(FormField::value);
    }

    /** The required fields that {@code answers} (by var) and their defaults leave without a value. */
    public List<String> unansweredRequired(Map<String, List<String>> answers) {
        return fields.stream().filter(f -> f.required() && f.var() != null)
                .filter(f -> answers.getOrDefault(f.var(), f.values()).stream().allMatch(String::isBlank))
                .map(FormField::var).toList();
    }

    /**
     * This form filled in: each field with a var but fixed ones, in order, with its answer from
     * {@code answers} or else its default; fields left without a value are left out (§3.4).
     * Hidden fields keep their values unless answered.
     *
     * @throws IllegalStateException when this is not a form to fill in
     * @throws IllegalArgumentException for an answer to no field, a required field left without
     *     a value, or an answer its field does not take (see {@link FormField#check})
     */
    public DataForm submit(Map<String, List<String>> answers) {
        if (type != FormType.FORM) {
            throw new IllegalStateException("a " + type.wireName() + " form is not filled in");
        }
        for (String var : answers.keySet()) {
            if (field(var).filter(f -> f.type() != FieldType.FIXED).isEmpty()) {
                throw new IllegalArgumentException("the form has no field '" + var + "' to answer");
            }
        }
        List<String> missing = unansweredRequired(answers);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("required fields without a value: " + missing);
        }
        List<FormField> submitted = new ArrayList<>();
        for (FormField f : fields) {
            if (f.var() == null || f.type() == FieldType.FIXED) {
                continue;
            }
            List<String> answer = answers.get(f.var());
            // The processor's own defaults are sent back as they are; only our answers are checked.
            if (answer != null && f.check(answer) instanceof ValidationResult.Invalid invalid) {
                throw new IllegalArgumentException(invalid.reason());
            }
            List<String> values = answer == null ? f.values() : answer;
            if (!values.isEmpty()) {
                submitted.add(FormField.of(f.var(), f.declaredType(), values));
            }
        }
        return of(FormType.SUBMIT, submitted);
    }

    private static Optional<FormField> field(List<FormField> fields, String var) {
        return fields.stream().filter(f -> Objects.equals(var, f.var())).findFirst();
    }

    /** Vars unique; a field without a declared type held to the rules of the type its context implies. */
    private static void checkFields(List<FormField> fields, Function<String, FieldType> impliedType) {
        Set<String> vars = new HashSet<>();
        for (FormField f : fields) {
            if (f.var() != null && !vars.add(f.var())) {
                throw new IllegalArgumentException("two fields '" + f.var() + "'");
            }
            FieldType implied = f.declaredType() == null ? impliedType.apply(f.var()) : null;
            if (implied != null) {
                f.checkAs(implied);
            }
        }
    }

    /** §3.4: a table only in a result, reported before items, each item with exactly the reported fields. */
    private static void checkTable(FormType type, List<FormField> reported, List<Item> items) {
        if (reported.isEmpty() && items.isEmpty()) {
            return;
        }
        if (type != FormType.RESULT) {
            throw new IllegalArgumentException("a " + type.wireName() + " form has a table; only results do");
        }
        if (reported.isEmpty()) {
            throw new IllegalArgumentException("items without <reported/> fields");
        }
        Map<String, FieldType> columns = new HashMap<>();
        for (FormField column : reported) {
            if (column.var() == null) {
                throw new IllegalArgumentException("a reported field without 'var'");
            }
            columns.put(column.var(), column.declaredType());
        }
        checkFields(reported, var -> null);
        for (Item item : items) {
            checkFields(item.fields(), columns::get);
            Set<String> vars = new HashSet<>();
            item.fields().forEach(f -> vars.add(f.var()));
            for (String var : vars) {
                if (!columns.containsKey(var)) {
                    throw new IllegalArgumentException("an item has field '" + var + "', which <reported/> lacks");
                }
            }
            for (String column : columns.keySet()) {
                if (!vars.contains(column)) {
                    throw new IllegalArgumentException("an item lacks the reported field '" + column + "'");
                }
            }
        }
    }
}
