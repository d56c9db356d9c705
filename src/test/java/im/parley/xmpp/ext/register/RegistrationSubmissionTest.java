package im.parley.xmpp.ext.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filling XEP-0077 registration requests, legacy fields and data forms, from the XEP's examples. */
class RegistrationSubmissionTest {
    private static final String NS = InBandRegistration.NAMESPACE;
    private static final String DATA = DataForm.NAMESPACE;

    // XEP-0077 'Host Returns Registration Fields to Entity'
    private static final String LEGACY = """
            <query xmlns='jabber:iq:register'>
              <instructions>
                Choose a username and password for use with this service.
                Please also provide your email address.
              </instructions>
              <username/>
              <password/>
              <email/>
            </query>""";

    // The data form of XEP-0077 'Server Returns Cancellation Form With Error': FORM_TYPE, username and
    // password, and one more required field.
    private static final String FORM = """
            <x xmlns='jabber:x:data' type='form'>
              <title>Cancel Registration</title>
              <instructions>Use this form to cancel your registration.</instructions>
              <field type='hidden' var='FORM_TYPE'>
                <value>jabber:iq:register:cancel</value>
              </field>
              <field type='text-single' label='Username' var='username'>
                <required/>
              </field>
              <field type='text-private' label='Password' var='password'>
                <required/>
              </field>
              <field type='text-single' label='Mother&apos;s Maiden Name' var='x-mmn'>
                <required/>
              </field>
            </x>""";

    // The data form of XEP-0077 'Host Returns Registration Form to Entity'.
    private static final String CONTEST_FORM = """
            <x xmlns='jabber:x:data' type='form'>
              <title>Contest Registration</title>
              <instructions>
                Please provide the following information
                to sign up for our special contests!
              </instructions>
              <field type='hidden' var='FORM_TYPE'>
                <value>jabber:iq:register</value>
              </field>
              <field type='text-single' label='Given Name' var='first'>
                <required/>
              </field>
              <field type='text-single' label='Family Name' var='last'>
                <required/>
              </field>
              <field type='text-single' label='Email Address' var='email'>
                <required/>
              </field>
              <field type='list-single' label='Gender' var='x-gender'>
                <option label='Male'><value>M</value></option>
                <option label='Female'><value>F</value></option>
              </field>
            </x>""";

    private static XmlElement parse(String xml) throws Exception {
        return XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    private static Map<String, String> values(XmlElement submittedQuery) {
        XmlElement x = submittedQuery.child("x", DATA).orElseThrow();
        Map<String, String> out = new LinkedHashMap<>();
        for (XmlElement field : x.children("field", DATA)) {
            out.put(field.attributeOrNull("var"), field.childText("value", DATA).orElseThrow());
        }
        return out;
    }

    @Test
    void legacyFieldsAreFilledInTheirOrderWithoutInstructions() throws Exception {
        XmlElement submit = InBandRegistration.submitLegacy(parse(LEGACY), "bill", "Calliope",
                Map.of("email", "bard@shakespeare.lit"));

        assertThat(submit.is("query", NS)).isTrue();
        assertThat(submit.elements()).containsExactly(
                XmlElement.ofText("username", NS, "bill"),
                XmlElement.ofText("password", NS, "Calliope"),
                XmlElement.ofText("email", NS, "bard@shakespeare.lit"));
    }

    @Test
    void legacyFieldWithoutAValueIsReportedByName() throws Exception {
        XmlElement query = parse(LEGACY);

        assertThatThrownBy(() -> InBandRegistration.submitLegacy(query, "bill", "Calliope", Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("email")
                .hasMessageNotContaining("username").hasMessageNotContaining("instructions");
    }

    @Test
    void legacyElementsOfOtherNamespacesAreLeftOut() throws Exception {
        XmlElement query = parse("""
                <query xmlns='jabber:iq:register'>
                  <username/><password/>
                  <x xmlns='jabber:x:oob'><url>http://www.shakespeare.lit/contests.php</url></x>
                </query>""");

        XmlElement submit = InBandRegistration.submitLegacy(query, "bill", "Calliope", Map.of());

        assertThat(submit.elements()).extracting(XmlElement::name).containsExactly("username", "password");
    }

    @Test
    void formFillsCredentialsKeepsFormTypeAndUsesExtras() throws Exception {
        XmlElement submit = InBandRegistration.submitForm(parse(FORM), "bill", "Calliope",
                Map.of("x-mmn", "Juliet"));

        XmlElement x = submit.child("x", DATA).orElseThrow();
        assertThat(submit.is("query", NS)).isTrue();
        assertThat(x.attributeOrNull("type")).isEqualTo("submit");
        assertThat(x.child("title", DATA)).isEmpty();
        assertThat(x.child("instructions", DATA)).isEmpty();
        assertThat(values(submit)).containsExactly(
                Map.entry("FORM_TYPE", "jabber:iq:register:cancel"),
                Map.entry("username", "bill"),
                Map.entry("password", "Calliope"),
                Map.entry("x-mmn", "Juliet"));
    }

    @Test
    void missingRequiredFormFieldsAreAllNamed() throws Exception {
        XmlElement form = parse(CONTEST_FORM);

        assertThatThrownBy(() -> InBandRegistration.submitForm(form, "juliet", "R0m30", Map.of("first", "Juliet")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("last").hasMessageContaining("email")
                .hasMessageNotContaining("first").hasMessageNotContaining("x-gender");
    }

    @Test
    void optionalFieldWithoutValueIsLeftOutAndOptionValuesAreNotTakenAsAnswers() throws Exception {
        XmlElement submit = InBandRegistration.submitForm(parse(CONTEST_FORM), "juliet", "R0m30",
                Map.of("first", "Juliet", "last", "Capulet", "email", "juliet@capulet.com"));

        assertThat(values(submit)).containsExactly(
                Map.entry("FORM_TYPE", "jabber:iq:register"),
                Map.entry("first", "Juliet"),
                Map.entry("last", "Capulet"),
                Map.entry("email", "juliet@capulet.com"));
    }

    @Test
    void fixedFieldsAndFieldsWithoutVarAreNotSubmitted() throws Exception {
        XmlElement form = parse("""
                <x xmlns='jabber:x:data' type='form'>
                  <field type='fixed'><value>Section 1</value></field>
                  <field type='fixed' var='note'><value>Read the rules</value></field>
                  <field var='username'><required/></field>
                  <field var='password' type='text-private'><required/></field>
                </x>""");

        XmlElement submit = InBandRegistration.submitForm(form, "bill", "Calliope", Map.of());

        assertThat(values(submit).keySet()).containsExactly("username", "password");
        assertThat(List.copyOf(values(submit).values())).containsExactly("bill", "Calliope");
    }

    @Test
    void aMalformedFormOrAnAnswerItDoesNotTakeIsReported() throws Exception {
        XmlElement twoUsernames = parse(FORM.replace("var='x-mmn'", "var='username'"));
        assertThatThrownBy(() -> InBandRegistration.submitForm(twoUsernames, "bill", "Calliope", Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("malformed")
                .hasMessageContaining("two fields 'username'");

        XmlElement contest = parse(CONTEST_FORM);
        assertThatThrownBy(() -> InBandRegistration.submitForm(contest, "juliet", "R0m30", Map.of("first", "Juliet",
                "last", "Capulet", "email", "juliet@capulet.com", "x-gender", "X")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'X' is not an option");
    }
}
