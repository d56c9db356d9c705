package im.parley.xmpp.ext.forms.validate;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks values against a {@link Validation}; never throws for a bad value, it says why instead. */
public final class Validator {
    private static final Pattern POSIX_CLASS =
            Pattern.compile("\\[:(alpha|digit|alnum|upper|lower|space|punct|xdigit|blank|cntrl|graph|print):]");
    private static final Map<String, String> JAVA_CLASS = Map.ofEntries(
            Map.entry("alpha", "Alpha"), Map.entry("digit", "Digit"), Map.entry("alnum", "Alnum"),
            Map.entry("upper", "Upper"), Map.entry("lower", "Lower"), Map.entry("space", "Space"),
            Map.entry("punct", "Punct"), Map.entry("xdigit", "XDigit"), Map.entry("blank", "Blank"),
            Map.entry("cntrl", "Cntrl"), Map.entry("graph", "Graph"), Map.entry("print", "Print"));

    private Validator() {
    }

    /**
     * One value against the datatype and the method: basic and open check the datatype, range
     * also the bounds (ignored for a datatype we do not understand), regex the whole value.
     */
    public static ValidationResult check(Validation validation, String value) {
        Datatype type = validation.effectiveDatatype();
        Optional<Object> read = type.read(value);
        if (read.isEmpty()) {
            return ValidationResult.invalid("'" + value + "' is not an " + type.xsName());
        }
        ValidationMethod method = validation.effectiveMethod();
        if (method instanceof ValidationMethod.Range range && type.isOrdered()) {
            if (range.min() != null && compare(read.get(), type.read(range.min()).orElseThrow()) < 0) {
                return ValidationResult.invalid("'" + value + "' is below the minimum " + range.min());
            }
            if (range.max() != null && compare(read.get(), type.read(range.max()).orElseThrow()) > 0) {
                return ValidationResult.invalid("'" + value + "' is above the maximum " + range.max());
            }
        }
        if (method instanceof ValidationMethod.Regex regex && !pattern(regex.pattern()).matcher(value).matches()) {
            return ValidationResult.invalid("'" + value + "' does not match " + regex.pattern());
        }
        return ValidationResult.valid();
    }

    /** The number of values a list-multi field holds against the list-range (§3.3). */
    public static ValidationResult checkCount(Validation validation, int count) {
        ListRange range = validation.listRange();
        if (range != null && range.min() != null && count < range.min()) {
            return ValidationResult.invalid("at least " + range.min() + " values are wanted, not " + count);
        }
        if (range != null && range.max() != null && count > range.max()) {
            return ValidationResult.invalid("at most " + range.max() + " values are allowed, not " + count);
        }
        return ValidationResult.valid();
    }

    /**
     * A POSIX extended regular expression (§3.2.4) as a Java pattern: bracket classes such as
     * [:digit:] mapped, character classes Unicode-aware. The rest of ERE is Java syntax already.
     */
    public static Pattern pattern(String posix) {
        Matcher m = POSIX_CLASS.matcher(posix);
        StringBuilder java = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(java, Matcher.quoteReplacement("\\p{" + JAVA_CLASS.get(m.group(1)) + "}"));
        }
        m.appendTail(java);
        return Pattern.compile(java.toString(), Pattern.UNICODE_CHARACTER_CLASS);
    }

    // Values of one ordered datatype are all of one Comparable class (see Datatype.read).
    @SuppressWarnings("unchecked")
    private static int compare(Object a, Object b) {
        return ((Comparable<Object>) a).compareTo(b);
    }
}
