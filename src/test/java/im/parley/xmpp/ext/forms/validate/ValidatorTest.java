package im.parley.xmpp.ext.forms.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Values against the datatypes and methods of XEP-0122. */
class ValidatorTest {
    private static boolean ok(String datatype, String value) {
        return Validator.check(new Validation(datatype, null, null), value).isValid();
    }

    private static boolean inRange(String datatype, String min, String max, String value) {
        return Validator.check(new Validation(datatype, new ValidationMethod.Range(min, max), null), value).isValid();
    }

    @Test
    void integersKeepTheirBounds() {
        assertThat(ok("xs:integer", "-123456789012345678901234567890")).isTrue();
        assertThat(ok("xs:integer", "1.0")).isFalse();
        assertThat(ok("xs:integer", "\u0661\u0662")).as("Arabic-Indic digits are not xs:integer").isFalse();
        assertThat(ok("xs:byte", "127")).isTrue();
        assertThat(ok("xs:byte", "128")).isFalse();
        assertThat(ok("xs:short", "-32768")).isTrue();
        assertThat(ok("xs:int", "2147483648")).isFalse();
        assertThat(ok("xs:long", " +9223372036854775807 ")).as("surrounding whitespace collapses").isTrue();
    }

    @Test
    void numbersDatesAndOthers() {
        assertThat(ok("xs:decimal", "-1.50")).isTrue();
        assertThat(ok("xs:decimal", "1e5")).isFalse();
        assertThat(ok("xs:double", "1.5E-3")).isTrue();
        assertThat(ok("xs:double", "INF")).isTrue();
        assertThat(ok("xs:double", "Infinity")).isFalse();
        assertThat(ok("xs:boolean", "1")).isTrue();
        assertThat(ok("xs:boolean", "yes")).isFalse();
        assertThat(ok("xs:date", "2003-10-06")).isTrue();
        assertThat(ok("xs:date", "2003-10-06Z")).isTrue();
        assertThat(ok("xs:date", "2003-02-30")).isFalse();
        assertThat(ok("xs:dateTime", "2003-10-06T11:22:00.5Z")).isTrue();
        assertThat(ok("xs:dateTime", "2003-10-06 11:22:00")).isFalse();
        assertThat(ok("xs:time", "23:59:59+02:00")).isTrue();
        assertThat(ok("xs:time", "25:00:00")).isFalse();
        assertThat(ok("xs:anyURI", "xmpp:romeo@montague.net")).isTrue();
        assertThat(ok("xs:anyURI", "http://exa mple.com/")).isFalse();
        assertThat(ok("xs:language", "en-GB")).isTrue();
        assertThat(ok("xs:language", "english please")).isFalse();
        assertThat(ok("xs:string", "  anything  ")).isTrue();
        // §4.1: a datatype we do not understand is validated as xs:string.
        assertThat(ok("x:isbn", "not checked")).isTrue();
        assertThat(ok(null, "")).isTrue();
    }

    @Test
    void rangesCompareInTheDatatypesOrder() {
        assertThat(inRange("xs:integer", "10", "20", "9")).isFalse();
        assertThat(inRange("xs:integer", "10", "20", "10")).isTrue();
        assertThat(inRange("xs:integer", "10", null, "100000000000000000000")).isTrue();
        assertThat(inRange("xs:double", null, "1.5", "1.25E0")).isTrue();
        assertThat(inRange("xs:double", null, "1.5", "INF")).isFalse();
        assertThat(inRange("xs:date", "2003-10-05", "2003-10-24", "2003-10-25")).isFalse();
        assertThat(inRange("xs:time", "09:00:00Z", "17:00:00Z", "10:30:00+02:00")).as("08:30Z").isFalse();
        assertThat(inRange("xs:time", "09:00:00Z", "17:00:00Z", "10:30:00-02:00")).isTrue();
        assertThat(inRange("xs:time", "09:00:00Z", "17:00:00Z", "18:30:00-02:00")).isFalse();
        // We cannot order a datatype we do not know, so the range is not applied.
        assertThat(inRange("x:shoe-size", "1", "2", "45")).isTrue();
    }

    @Test
    void regexIsPosixExtendedOverTheWholeValue() {
        Validation digits = new Validation("xs:string", new ValidationMethod.Regex("[[:digit:]]{3}-[[:alpha:]]+"), null);
        assertThat(Validator.check(digits, "123-abc").isValid()).isTrue();
        assertThat(Validator.check(digits, "123-\u00e9t\u00e9").isValid()).as("Unicode letters").isTrue();
        assertThat(Validator.check(digits, "12-abc")).isInstanceOf(ValidationResult.Invalid.class);
    }

    @Test
    void selectionCounts() {
        Validation atMostTwo = new Validation(null, null, new ListRange(null, 2L));
        assertThat(Validator.checkCount(atMostTwo, 2).isValid()).isTrue();
        assertThat(Validator.checkCount(atMostTwo, 3)).isEqualTo(
                ValidationResult.invalid("at most 2 values are allowed, not 3"));
        assertThat(Validator.checkCount(new Validation(null, null, null), 99).isValid()).isTrue();
    }

    @Test
    void validationsThatCannotWorkAreRefused() {
        assertThatThrownBy(() -> new Validation("xs:anyURI", new ValidationMethod.Range("a", null), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListRange(-1L, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListRange(null, 1L << 32)).isInstanceOf(IllegalArgumentException.class);
    }
}
