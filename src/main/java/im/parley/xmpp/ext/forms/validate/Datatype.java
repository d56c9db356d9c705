package im.parley.xmpp.ext.forms.validate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The datatypes XEP-0122 §7.2 registers (XML Schema Part 2 built-ins) plus xs:boolean, with their
 * lexical rules. Values read as ordered types compare with one another, for range validation.
 */
public enum Datatype {
    ANY_URI("xs:anyURI", false),
    BOOLEAN("xs:boolean", false),
    BYTE("xs:byte", true),
    DATE("xs:date", true),
    DATE_TIME("xs:dateTime", true),
    DECIMAL("xs:decimal", true),
    DOUBLE("xs:double", true),
    INT("xs:int", true),
    INTEGER("xs:integer", true),
    LANGUAGE("xs:language", false),
    LONG("xs:long", true),
    SHORT("xs:short", true),
    STRING("xs:string", false),
    TIME("xs:time", true);

    private static final String ZONE = "(Z|[+-]\\d\\d:\\d\\d)?";
    private static final Pattern INTEGER_FORM = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL_FORM = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    private static final Pattern DOUBLE_FORM = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Pattern DATE_FORM = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)" + ZONE);
    private static final Pattern DATE_TIME_FORM = Pattern.compile("(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?)" + ZONE);
    private static final Pattern TIME_FORM = Pattern.compile("(\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?)" + ZONE);
    private static final Pattern LANGUAGE_FORM = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");

    private final String xsName;
    private final boolean ordered;

    Datatype(String xsName, boolean ordered) {
        this.xsName = xsName;
        this.ordered = ordered;
    }

    public String xsName() {
        return xsName;
    }

    /** Whether a range can constrain it (§4.7: only datatypes with finite quantities). */
    public boolean isOrdered() {
        return ordered;
    }

    /** The datatype named {@code name}; empty for x:, other prefixes and unknown xs: names. */
    public static Optional<Datatype> fromName(String name) {
        return Arrays.stream(values()).filter(t -> t.xsName.equals(name)).findFirst();
    }

    /** xs:boolean: "true" or "1", "false" or "0". */
    public static Optional<Boolean> booleanOf(String lexical) {
        return switch (lexical.strip()) {
            case "true", "1" -> Optional.of(true);
            case "false", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /**
     * The value {@code lexical} stands for, empty when it is not of this datatype. Ordered
     * datatypes give values of one Comparable class each (BigInteger, BigDecimal, Double, Instant,
     * OffsetTime); a time or date without a zone is taken as UTC.
     */
    public Optional<Object> read(String lexical) {
        // Every built-in but xs:string collapses surrounding whitespace.
        String v = this == STRING ? lexical : lexical.strip();
        try {
            return Optional.ofNullable(switch (this) {
                case STRING -> v;
                case ANY_URI -> new URI(v).toString();
                case BOOLEAN -> booleanOf(v).orElse(null);
                case BYTE -> integer(v, Byte.MIN_VALUE, Byte.MAX_VALUE);
                case SHORT -> integer(v, Short.MIN_VALUE, Short.MAX_VALUE);
                case INT -> integer(v, Integer.MIN_VALUE, Integer.MAX_VALUE);
                case LONG -> integer(v, Long.MIN_VALUE, Long.MAX_VALUE);
                case INTEGER -> INTEGER_FORM.matcher(v).matches() ? new BigInteger(v) : null;
                case DECIMAL -> DECIMAL_FORM.matcher(v).matches() ? new BigDecimal(v) : null;
                case DOUBLE -> xsDouble(v);
                case DATE -> date(v);
                case DATE_TIME -> dateTime(v);
                case TIME -> time(v);
                case LANGUAGE -> LANGUAGE_FORM.matcher(v).matches() ? v : null;
            });
        } catch (URISyntaxException | DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static BigInteger integer(String v, long min, long max) {
        if (!INTEGER_FORM.matcher(v).matches()) {
            return null;
        }
        BigInteger n = new BigInteger(v);
        boolean inside = n.compareTo(BigInteger.valueOf(min)) >= 0 && n.compareTo(BigInteger.valueOf(max)) <= 0;
        return inside ? n : null;
    }

    private static Double xsDouble(String v) {
        return switch (v) {
            case "INF", "+INF" -> Double.POSITIVE_INFINITY;
            case "-INF" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> DOUBLE_FORM.matcher(v).matches() ? Double.valueOf(v) : null;
        };
    }

    private static Object date(String v) {
        Matcher m = DATE_FORM.matcher(v);
        return m.matches() ? LocalDate.parse(m.group(1)).atStartOfDay(zone(m.group(2))).toInstant() : null;
    }

    private static Object dateTime(String v) {
        Matcher m = DATE_TIME_FORM.matcher(v);
        return m.matches() ? LocalDateTime.parse(m.group(1)).toInstant(zone(m.group(3))) : null;
    }

    private static Object time(String v) {
        Matcher m = TIME_FORM.matcher(v);
        return m.matches() ? OffsetTime.of(LocalTime.parse(m.group(1)), zone(m.group(3))) : null;
    }

    private static ZoneOffset zone(String zone) {
        return zone == null || zone.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(zone);
    }
}
