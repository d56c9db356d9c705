package im.parley.xmpp.ext.forms;

import im.parley.xmpp.ext.forms.media.Media;
import im.parley.xmpp.ext.forms.validate.Datatype;
import im.parley.xmpp.ext.forms.validate.Validation;
import im.parley.xmpp.ext.forms.validate.ValidationResult;
import im.parley.xmpp.ext.forms.validate.Validator;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A field of a data form (XEP-0004 §3.2).
 *
 * @param var null only for a fixed field
 * @param declaredType the type as sent, null when absent; see {@link #type()}
 * @param label null when not given
 * @param desc null when not given
 * @param values the values in order; an empty string for an empty {@code <value/>}
 * @param options the choices of a list field
 * @param validation its XEP-0122 validate element, null when it has none
 * @param media its XEP-0221 media elements
 * @param extensions other child elements, kept as they came
 * @throws IllegalArgumentException when the field breaks a rule of §3.2 or §3.3 for its declared type
 */
public record FormField(String var, FieldType declaredType, String label, String desc, boolean required,
                        List<String> values, List<Option> options, Validation validation, List<Media> media,
                        List<XmlElement> extensions) {

    /** One choice of a list field: the value submitted and the label shown. */
    public record Option(String label, String value) {
        public Option {
            Objects.requireNonNull(value, "value");
        }
    }

    public FormField {
        values = List.copyOf(values);
        options = List.copyOf(options);
        media = List.copyOf(media);
        extensions = List.copyOf(extensions);
        if (var == null && declaredType != FieldType.FIXED) {
            String type = declaredType == null ? "" : " of type " + declaredType.wireName();
            throw new IllegalArgumentException("a field" + type + " without 'var'");
        }
        if (declaredType != null) {
            checkAs(var, declaredType, values, options);
        }
        checkOptionsUnique(var, options);
    }

    /** A field with only a name, a type (null for none) and values, as submissions and results carry. */
    public static FormField of(String var, FieldType type, List<String> values) {
        return new FormField(var, type, null, null, false, values, List.of(), null, List.of(), List.of());
    }

    /** The hidden FORM_TYPE field naming the form's namespace (XEP-0068). */
    public static FormField formType(String namespace) {
        return of(DataForm.FORM_TYPE, FieldType.HIDDEN, List.of(namespace));
    }

    /** The type to treat it as: text-single when none was sent (§3.2). */
    public FieldType type() {
        return declaredType == null ? FieldType.TEXT_SINGLE : declaredType;
    }

    public Optional<String> value() {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The value read as a boolean ("1", "true", "0", "false"); empty when there is none or it is
     * not one. An unanswered boolean field means false (§3.3).
     */
    public Optional<Boolean> booleanValue() {
        return value().flatMap(Datatype::booleanOf);
    }

    /** The first value that is a valid JID. */
    public Optional<Jid> jidValue() {
        return jidValues().stream().findFirst();
    }

    /** The values that are valid JIDs, each once: §3.3 says duplicates are ignored. */
    public List<Jid> jidValues() {
        return values.stream().map(Jid::tryParse).flatMap(Optional::stream).distinct().toList();
    }

    /**
     * Whether {@code answer} may be submitted as this field's values: its type's rules, one of its
     * options for a list field (unless its validation opens the list), and its validation.
     */
    public ValidationResult check(List<String> answer) {
        Optional<String> problem = valueProblem(var, type(), answer);
        if (problem.isPresent()) {
            return ValidationResult.invalid(problem.get());
        }
        boolean open = validation != null && validation.opensList();
        if (type().hasOptions() && !options.isEmpty() && !open) {
            for (String value : answer) {
                if (options.stream().noneMatch(o -> o.value().equals(value))) {
                    return ValidationResult.invalid("'" + value + "' is not an option of field '" + var + "'");
                }
            }
        }
        if (validation == null) {
            return ValidationResult.valid();
        }
        for (String value : answer) {
            ValidationResult result = Validator.check(validation, value);
            if (!result.isValid()) {
                return result;
            }
        }
        return type() == FieldType.LIST_MULTI ? Validator.checkCount(validation, answer.size()) : ValidationResult.valid();
    }

    /** Throws when the field breaks a rule of {@code type}: its context may imply a type not sent. */
    void checkAs(FieldType type) {
        checkAs(var, type, values, options);
    }

    // Static, as the compact constructor calls them before the fields are assigned.
    private static void checkAs(String var, FieldType type, List<String> values, List<Option> options) {
        Optional<String> problem = valueProblem(var, type, values);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        if (!options.isEmpty() && !type.hasOptions()) {
            throw new IllegalArgumentException("field '" + var + "' of type " + type.wireName() + " has options");
        }
    }

    /** §3.3: option labels and values must each be unique. */
    private static void checkOptionsUnique(String var, List<Option> options) {
        Set<String> seenValues = new HashSet<>();
        Set<String> seenLabels = new HashSet<>();
        for (Option o : options) {
            if (!seenValues.add(o.value()) || (o.label() != null && !seenLabels.add(o.label()))) {
                throw new IllegalArgumentException("field '" + var + "' repeats the option " + o);
            }
        }
    }

    /**
     * Why {@code values} cannot be the values of a field of {@code type}. An empty value is
     * let through: §3.5 leaves empty and absent values to the using protocol.
     */
    private static Optional<String> valueProblem(String var, FieldType type, List<String> values) {
        if (values.size() > 1 && !type.allowsSeveralValues()) {
            return Optional.of("field '" + var + "' of type " + type.wireName() + " has " + values.size() + " values");
        }
        for (String value : values) {
            if (value.isEmpty()) {
                continue;
            }
            if (type == FieldType.BOOLEAN && Datatype.booleanOf(value).isEmpty()) {
                return Optional.of("field '" + var + "': '" + value + "' is not a boolean");
            }
            if (type.holdsJids() && Jid.tryParse(value).isEmpty()) {
                return Optional.of("field '" + var + "': '" + value + "' is not a JID");
            }
        }
        return Optional.empty();
    }
}
