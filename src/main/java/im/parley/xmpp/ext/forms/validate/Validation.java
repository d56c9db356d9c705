package im.parley.xmpp.ext.forms.validate;

import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * A field's validate element (XEP-0122): a datatype, at most one method and a selection range.
 *
 * @param datatype the datatype as named, e.g. "xs:dateTime" or "x:isbn"; null when absent
 * @param method null when none is given, which means basic
 * @param listRange null when none is given
 * @throws IllegalArgumentException for a range on a datatype it cannot constrain, a range bound
 *     that is not of the datatype, or a regular expression that does not compile
 */
public record Validation(String datatype, ValidationMethod method, ListRange listRange) {
    public static final String NAMESPACE = "http://jabber.org/protocol/xdata-validate";

    public Validation {
        Optional<Datatype> known = understood(datatype);
        if (method instanceof ValidationMethod.Range range && known.isPresent()) {
            Datatype type = known.get();
            if (!type.isOrdered()) {
                throw new IllegalArgumentException("a range cannot constrain " + type.xsName());
            }
            checkBound(type, range.min());
            checkBound(type, range.max());
        }
        if (method instanceof ValidationMethod.Regex regex) {
            try {
                Validator.pattern(regex.pattern());
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("regex does not compile: " + e.getDescription());
            }
        }
    }

    /** Only a datatype, checked with the basic method. */
    public static Validation of(Datatype datatype) {
        return new Validation(datatype.xsName(), null, null);
    }

    /** The datatype values are checked against: xs:string when absent or not understood (§4.1). */
    public Datatype effectiveDatatype() {
        return understood(datatype).orElse(Datatype.STRING);
    }

    /** The datatype named, xs:string when none is (the schema's default); empty when not understood. */
    private static Optional<Datatype> understood(String datatype) {
        return datatype == null ? Optional.of(Datatype.STRING) : Datatype.fromName(datatype);
    }

    /** The method values are checked with: basic when none is given (§3.2). */
    public ValidationMethod effectiveMethod() {
        return method == null ? new ValidationMethod.Basic() : method;
    }

    /**
     * Whether a list field also takes values outside its options: open, and any method other than
     * basic, which §3.2 says implies open for list fields.
     */
    public boolean opensList() {
        return method != null && !(method instanceof ValidationMethod.Basic);
    }

    private static void checkBound(Datatype type, String bound) {
        if (bound != null && type.read(bound).isEmpty()) {
            throw new IllegalArgumentException("range bound '" + bound + "' is not an " + type.xsName());
        }
    }
}
