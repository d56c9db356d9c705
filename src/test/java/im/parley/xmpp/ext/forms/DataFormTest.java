package im.parley.xmpp.ext.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.forms.validate.Datatype;
import im.parley.xmpp.ext.forms.validate.Validation;
import im.parley.xmpp.ext.forms.validate.ValidationMethod;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filling in, cancelling and reading forms: the XEP-0004 bot creation form as the test bed. */
class DataFormTest {
    private static DataForm botForm() throws Exception {
        return DataFormCodecTest.formOf(Xep0004Examples.SERVICE_RETURNS_BOT_CREATION_FORM);
    }

    @Test
    void submittingTheBotFormGivesTheXepsSubmission() throws Exception {
        DataForm submit = botForm().submit(Map.of(
                "botname", List.of("The Jabber Google Bot"),
                "description", List.of("This bot enables you to send requests to",
                        "Google and receive the search results right",
                        "in your Jabber client. It' really cool!", "It even supports Google News!"),
                "public", List.of("0"),
                "password", List.of("v3r0na"),
                "maxsubs", List.of("50"),
                "invitelist", List.of("juliet@capulet.com", "benvolio@montague.net")));

        // The XEP's submission, field for field: defaults (FORM_TYPE, the chosen features) come along.
        assertThat(submit).isEqualTo(DataFormCodecTest.formOf(Xep0004Examples.USER_SUBMITS_BOT_CREATION_FORM));
    }

    @Test
    void answersMustFitTheirFields() throws Exception {
        DataForm form = botForm();
        Map<String, List<String>> base = Map.of("public", List.of("1"));

        assertThatThrownBy(() -> form.submit(Map.of("public", List.of("1"), "maxsubs", List.of("25"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'25' is not an option");
        assertThatThrownBy(() -> form.submit(Map.of("public", List.of("perhaps"))))
                .hasMessageContaining("not a boolean");
        assertThatThrownBy(() -> form.submit(Map.of("public", List.of("1"), "botname", List.of("a", "b"))))
                .hasMessageContaining("2 values");
        assertThatThrownBy(() -> form.submit(Map.of("public", List.of("1"), "invitelist", List.of("@nobody"))))
                .hasMessageContaining("not a JID");
        assertThatThrownBy(() -> form.submit(Map.of("public", List.of("1"), "colour", List.of("red"))))
                .hasMessageContaining("no field 'colour'");
        assertThatThrownBy(() -> form.submit(Map.of())).hasMessageContaining("[public]");
        assertThat(form.unansweredRequired(Map.of())).containsExactly("public");
        assertThat(form.submit(base).field("public").orElseThrow().booleanValue()).contains(true);
        assertThatThrownBy(() -> DataForm.cancel().submit(base)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOpenListTakesValuesOutsideItsOptions() {
        FormField closed = new FormField("c", FieldType.LIST_SINGLE, null, null, false, List.of(),
                List.of(new FormField.Option(null, "holiday")), null, List.of(), List.of());
        FormField open = new FormField("c", FieldType.LIST_SINGLE, null, null, false, List.of(),
                List.of(new FormField.Option(null, "holiday")),
                new Validation("xs:string", new ValidationMethod.Open(), null), List.of(), List.of());

        assertThat(closed.check(List.of("birthday")).isValid()).isFalse();
        assertThat(open.check(List.of("birthday")).isValid()).isTrue();
    }

    @Test
    void answersAreValidatedByTheFieldsValidation() {
        FormField age = new FormField("age", FieldType.TEXT_SINGLE, null, null, false, List.of(), List.of(),
                new Validation("xs:integer", new ValidationMethod.Range("18", "120"), null), List.of(), List.of());
        DataForm form = DataForm.of(FormType.FORM, List.of(age));

        assertThat(form.submit(Map.of("age", List.of("42"))).field("age").orElseThrow().value()).contains("42");
        assertThatThrownBy(() -> form.submit(Map.of("age", List.of("12")))).hasMessageContaining("below the minimum 18");
        assertThatThrownBy(() -> form.submit(Map.of("age", List.of("old")))).hasMessageContaining("not an xs:integer");
        assertThat(FormField.of("d", null, List.of()).check(List.of("anything")).isValid()).isTrue();
        assertThat(Validation.of(Datatype.DATE).effectiveDatatype()).isEqualTo(Datatype.DATE);
    }

    @Test
    void cancelIsAnEmptyCancelForm() {
        DataForm cancel = DataForm.cancel();
        assertThat(cancel.type()).isEqualTo(FormType.CANCEL);
        assertThat(cancel.fields()).isEmpty();
        assertThat(new DataFormCodec().encode(cancel).toString()).isEqualTo("<x xmlns=\"jabber:x:data\" type=\"cancel\"/>");
    }

    @Test
    void typedValues() {
        assertThat(FormField.of("b", FieldType.BOOLEAN, List.of("true")).booleanValue()).contains(true);
        assertThat(FormField.of("b", FieldType.BOOLEAN, List.of("1")).booleanValue()).contains(true);
        assertThat(FormField.of("b", FieldType.BOOLEAN, List.of("false")).booleanValue()).contains(false);
        assertThat(FormField.of("b", FieldType.BOOLEAN, List.of()).booleanValue()).isEmpty();
        assertThat(FormField.of("j", FieldType.JID_SINGLE, List.of("romeo@montague.net/orchard")).jidValue())
                .contains(Jid.of("romeo@montague.net/orchard"));
        // §3.3: duplicate JIDs are ignored; typeless values that are no JID are left out.
        assertThat(FormField.of("j", null, List.of("a@b.c", "a@b.c", "@")).jidValues()).containsExactly(Jid.of("a@b.c"));
        assertThat(FormField.formType("urn:example").type()).isEqualTo(FieldType.HIDDEN);
        assertThat(DataForm.of(FormType.RESULT, List.of(FormField.formType("urn:example"))).formType())
                .contains("urn:example");
        assertThat(DataForm.of(FormType.RESULT, List.of(FormField.of("FORM_TYPE", FieldType.TEXT_SINGLE,
                List.of("urn:example")))).formType()).isEmpty();
    }
}
