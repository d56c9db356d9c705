package im.parley.xmpp.ext;

import im.parley.xmpp.xml.XmlElement;

/**
 * Reading attributes that a payload's schema constrains: required strings and bounded numbers.
 * Each failure is a {@link PayloadFormatException} naming the element and attribute, so a bad
 * value in one payload is reported rather than thrown as a stray NumberFormatException.
 */
public final class PayloadAttributes {
    private PayloadAttributes() {
    }

    /** A present, non-empty attribute. */
    public static String required(XmlElement e, String name) throws PayloadFormatException {
        String value = e.attributeOrNull(name);
        if (value == null || value.isEmpty()) {
            throw new PayloadFormatException("<" + e.name() + "/> without '" + name + "'");
        }
        return value;
    }

    /** A present integer attribute within [min, max]. */
    public static long number(XmlElement e, String name, long min, long max) throws PayloadFormatException {
        return parse(e, name, required(e, name), min, max);
    }

    /** An integer attribute within [min, max], or null when absent. */
    public static Long optionalNumber(XmlElement e, String name, long min, long max)
            throws PayloadFormatException {
        String value = e.attributeOrNull(name);
        return value == null ? null : parse(e, name, value, min, max);
    }

    /** An xs:boolean attribute ("true", "1", "false", "0"), or {@code absent} when missing. */
    public static boolean bool(XmlElement e, String name, boolean absent) throws PayloadFormatException {
        String value = e.attributeOrNull(name);
        if (value == null) {
            return absent;
        }
        return switch (value.strip()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new PayloadFormatException(
                    "<" + e.name() + "/> '" + name + "' is not a boolean: " + value);
        };
    }

    private static long parse(XmlElement e, String name, String value, long min, long max)
            throws PayloadFormatException {
        long n;
        try {
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException ex) {
            throw new PayloadFormatException("<" + e.name() + "/> '" + name + "' is not a number: " + value);
        }
        if (n < min || n > max) {
            throw new PayloadFormatException(
                    "<" + e.name() + "/> '" + name + "' " + n + " is outside " + min + ".." + max);
        }
        return n;
    }
}
