package im.parley.xmpp.ext.forms.validate;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.DataFormCodec;
import im.parley.xmpp.ext.forms.FieldType;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.forms.RoundTrip;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * XEP-0122 round trips on every example of the XEP. Its field examples stand alone, without the
 * form they belong in, so each is put in one; the validate element is also round-tripped alone.
 */
class ValidationCodecTest {
    private static final ValidationCodec CODEC = new ValidationCodec();

    private static FormField field(String fieldXml) throws Exception {
        DataForm form = RoundTrip.of(new DataFormCodec(),
                XepExamples.element("<x xmlns='jabber:x:data' type='form'>" + fieldXml + "</x>"));
        FormField field = form.fields().get(0);
        assertThat(RoundTrip.of(CODEC, new DataFormCodec().encode(form).elements().get(0)
                .child("validate", Validation.NAMESPACE).orElseThrow())).isEqualTo(field.validation());
        return field;
    }

    @Test
    void fieldWithExtendedDatatype() throws Exception {
        FormField f = field(Xep0122Examples.FIELD_WITH_EXTENDED_DATATYPE);
        assertThat(f.validation()).isEqualTo(new Validation("xs:dateTime", null, null));
        assertThat(f.validation().effectiveMethod()).isEqualTo(new ValidationMethod.Basic());
        assertThat(f.check(f.values()).isValid()).isTrue();
        assertThat(f.check(List.of("next Tuesday")).isValid()).isFalse();
    }

    @Test
    void basicValidation() throws Exception {
        FormField f = field(Xep0122Examples.BASIC_VALIDATION);
        assertThat(f.validation().method()).isEqualTo(new ValidationMethod.Basic());
        assertThat(f.validation().effectiveDatatype()).isEqualTo(Datatype.DATE_TIME);
        assertThat(f.value()).contains("2003-10-06T11:22:00-07:00");
    }

    @Test
    void openValidation() throws Exception {
        FormField f = field(Xep0122Examples.OPEN_VALIDATION);
        assertThat(f.type()).isEqualTo(FieldType.LIST_SINGLE);
        assertThat(f.validation().method()).isEqualTo(new ValidationMethod.Open());
        assertThat(f.options()).extracting(FormField.Option::value).containsExactly("holiday", "reminder", "appointment");
        assertThat(f.check(List.of("birthday")).isValid()).isTrue();
    }

    @Test
    void rangeValidation() throws Exception {
        FormField f = field(Xep0122Examples.RANGE_VALIDATION);
        assertThat(f.validation().method())
                .isEqualTo(new ValidationMethod.Range("2003-10-05T00:00:00-07:00", "2003-10-24T23:59:59-07:00"));
        assertThat(f.check(f.values()).isValid()).isTrue();
        assertThat(f.check(List.of("2003-10-25T06:59:59Z"))).isEqualTo(ValidationResult.valid());
        assertThat(f.check(List.of("2003-10-25T07:00:00Z")).isValid()).isFalse();
    }

    @Test
    void regularExpressionValidation() throws Exception {
        FormField f = field(Xep0122Examples.REGULAR_EXPRESSION_VALIDATION);
        assertThat(f.desc()).startsWith("This field should be your SSN");
        assertThat(f.validation().method()).isEqualTo(new ValidationMethod.Regex("([0-9]{3})-([0-9]{2})-([0-9]{4})"));
        assertThat(f.check(List.of("123-12-1234")).isValid()).isTrue();
        assertThat(f.check(List.of("123121234")).isValid()).isFalse();
        assertThat(f.check(List.of("x123-12-1234")).isValid()).as("the whole value must match").isFalse();
    }

    @Test
    void selectionRangeValidation() throws Exception {
        FormField f = field(Xep0122Examples.SELECTION_RANGE_VALIDATION);
        assertThat(f.validation().listRange()).isEqualTo(new ListRange(1L, 3L));
        assertThat(f.check(List.of("e-mail", "cell phone")).isValid()).isTrue();
        assertThat(f.check(List.of()).isValid()).isFalse();
        assertThat(f.check(List.of("e-mail", "jabber/xmpp", "work phone", "home phone")).isValid()).isFalse();
        assertThat(f.check(List.of("fax")).isValid()).as("basic keeps a list closed").isFalse();
    }

    @Test
    void prefixedValidateWithUnqualifiedMethod() throws Exception {
        // §4.2's example: <basic/> sits in the form's namespace inside <xdv:validate/>.
        DataForm form = RoundTrip.of(new DataFormCodec(),
                XepExamples.element(Xep0122Examples.EXAMPLE_OF_RECOMMENDED_NAMESPACE_PREFIXING));
        assertThat(form.title()).isEqualTo("Sample Form");
        assertThat(form.field("name").orElseThrow().validation()).isNull();
        assertThat(form.field("date/start").orElseThrow().validation())
                .isEqualTo(new Validation("xs:date", new ValidationMethod.Basic(), null));
        assertThat(form.field("date/end").orElseThrow().check(List.of("2003-13-01")).isValid()).isFalse();
    }

    @Test
    void malformedValidationSaysWhy() throws Exception {
        String ns = "xmlns='" + Validation.NAMESPACE + "'";
        assertThat(RoundTrip.malformedReason(CODEC, "<validate " + ns + "><basic/><open/></validate>"))
                .contains("more than one validation method");
        assertThat(RoundTrip.malformedReason(CODEC, "<validate " + ns + "><list-range min='one'/></validate>"))
                .contains("'min'");
        assertThat(RoundTrip.malformedReason(CODEC, "<validate " + ns + "><list-range min='3' max='1'/></validate>"))
                .contains("above its max");
        assertThat(RoundTrip.malformedReason(CODEC, "<validate " + ns + "><range min='a'/></validate>"))
                .contains("cannot constrain xs:string");
        assertThat(RoundTrip.malformedReason(CODEC, "<validate " + ns + " datatype='xs:int'><range max='big'/></validate>"))
                .contains("'big' is not an xs:int");
        assertThat(RoundTrip.malformedReason(CODEC, "<validate " + ns + "><regex>([0-9</regex></validate>"))
                .contains("regex does not compile");
        assertThat(RoundTrip.malformedReason(new DataFormCodec(), "<x xmlns='jabber:x:data' type='form'>"
                + "<field var='a'><validate " + ns + "><basic/><open/></validate></field></x>"))
                .contains("more than one validation method");
    }

    @Test
    void anUnknownMethodIsBasic() throws Exception {
        Validation v = RoundTrip.of(CODEC, XepExamples.element("<validate xmlns='" + Validation.NAMESPACE
                + "' datatype='x:isbn'><luhn/></validate>"));
        assertThat(v.effectiveMethod()).isEqualTo(new ValidationMethod.Basic());
        assertThat(v.effectiveDatatype()).isEqualTo(Datatype.STRING);
    }
}
