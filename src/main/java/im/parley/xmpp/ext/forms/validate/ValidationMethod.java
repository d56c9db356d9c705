package im.parley.xmpp.ext.forms.validate;

/** The validation methods of XEP-0122 §3.2; a validate element carries at most one. */
public sealed interface ValidationMethod {
    /** The value must be of the datatype, and a list field's value one of its options. */
    record Basic() implements ValidationMethod {
    }

    /** Like basic, but a list field also takes values that are not among its options. */
    record Open() implements ValidationMethod {
    }

    /** Bounds in the datatype's own lexical form; either may be null for no bound. */
    record Range(String min, String max) implements ValidationMethod {
    }

    /** A POSIX extended regular expression the whole value must match. */
    record Regex(String pattern) implements ValidationMethod {
    }
}
