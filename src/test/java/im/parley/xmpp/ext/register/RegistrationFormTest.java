package im.parley.xmpp.ext.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.bob.BobData;
import im.parley.xmpp.ext.bob.ContentId;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.FieldType;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading what a server asks for at registration (XEP-0077, XEP-0158) and answering it. */
class RegistrationFormTest {
    // XEP-0077 example "Host Returns Registration Fields to Entity", verbatim.
    private static final String LEGACY = """
            <iq type='result' id='reg1'>
              <query xmlns='jabber:iq:register'>
                <instructions>
                  Choose a username and password for use with this service.
                  Please also provide your email address.
                </instructions>
                <username/>
                <password/>
                <email/>
              </query>
            </iq>""";

    // XEP-0158 example "Host Returns Registration and Challenge Fields to Entity", with the image
    // carried as Bits of Binary data (XEP-0231) beside the query.
    private static final String CAPTCHA = """
            <iq type='result' xml:lang='en' id='reg1'>
              <query xmlns='jabber:iq:register'>
                <x xmlns='jabber:x:data' type='form'>
                  <field type='hidden' var='FORM_TYPE'>
                    <value>jabber:iq:register</value>
                  </field>
                  <field type='hidden' var='challenge'><value>F3A6292C</value></field>
                  <field type='hidden' var='sid'><value>reg1</value></field>
                  <field var='ocr' label='Enter the text you see'>
                    <media xmlns='urn:xmpp:media-element' height='80' width='290'>
                      <uri type='image/png'>cid:CID</uri>
                    </media>
                  </field>
                  <field type='text-single' var='username'><required/></field>
                  <field type='text-private' var='password'><required/></field>
                </x>
                <instructions>
                  To register, visit http://www.victim.com/register.html
                </instructions>
                <x xmlns='jabber:x:oob'>
                  <url>http://www.victim.com/register.html</url>
                </x>
              </query>
              <data xmlns='urn:xmpp:bob' cid='CID' type='image/png' max-age='0'>BYTES</data>
              <data xmlns='urn:xmpp:bob' cid='sha1+0000000000000000000000000000000000000000@bob.xmpp.org'
                    type='image/png'>BYTES</data>
            </iq>""";

    @Test
    void legacyFieldsBecomeARequiredFormWithTheInstructions() throws Exception {
        RegistrationForm read = RegistrationForm.read(XepExamples.element(LEGACY));

        assertThat(read.legacy()).isTrue();
        DataForm form = read.form();
        assertThat(form.instructions()).singleElement().asString().startsWith("Choose a username")
                .endsWith("email address.");
        assertThat(form.formType()).contains(InBandRegistration.NAMESPACE);
        assertThat(form.fields()).extracting(FormField::var).containsExactly("FORM_TYPE", "username", "password", "email");
        assertThat(form.field("password").orElseThrow().type()).isEqualTo(FieldType.TEXT_PRIVATE);
        assertThat(form.field("email").orElseThrow().label()).isEqualTo("Email address");
        assertThat(form.fields().subList(1, 4)).allMatch(FormField::required);
    }

    @Test
    void legacyAnswersGoBackAsLegacyFields() throws Exception {
        RegistrationForm read = RegistrationForm.read(XepExamples.element(LEGACY));
        DataForm answers = read.form().submit(Map.of("username", List.of("bill"), "password", List.of("Calliope"),
                "email", List.of("bard@shakespeare.lit")));

        XmlElement query = read.submission(answers);

        String ns = InBandRegistration.NAMESPACE;
        assertThat(query.elements()).containsExactly(XmlElement.ofText("username", ns, "bill"),
                XmlElement.ofText("password", ns, "Calliope"), XmlElement.ofText("email", ns, "bard@shakespeare.lit"));
    }

    @Test
    void aCaptchaFormKeepsItsVerifiedImageDataAndIsSubmittedAsAForm() throws Exception {
        byte[] image = "not really a png".getBytes(StandardCharsets.UTF_8);
        ContentId cid = ContentId.of(image);
        String xml = CAPTCHA.replace("CID", cid.toString()).replace("BYTES", Base64.getEncoder().encodeToString(image));

        RegistrationForm read = RegistrationForm.read(XepExamples.element(xml));

        assertThat(read.legacy()).isFalse();
        assertThat(read.data()).extracting(BobData::cid).containsExactly(cid);
        assertThat(read.form().field("ocr").orElseThrow().media()).hasSize(1);
        DataForm answers = read.form().submit(Map.of("ocr", List.of("7nHL3"), "username", List.of("bill"),
                "password", List.of("Calliope")));
        XmlElement query = read.submission(answers);
        assertThat(query.child("x", DataForm.NAMESPACE).orElseThrow().attributeOrNull("type")).isEqualTo("submit");
    }

    @Test
    void anAlreadyRegisteredStreamOrAMissingQueryIsAnError() throws Exception {
        XmlElement registered = XepExamples.element("""
                <iq type='result' id='reg1'><query xmlns='jabber:iq:register'><registered/>
                <username>juliet</username></query></iq>""");
        assertThatThrownBy(() -> RegistrationForm.read(registered)).isInstanceOf(RegistrationException.class)
                .hasMessageContaining("already registered");
        assertThatThrownBy(() -> RegistrationForm.read(XepExamples.element("<iq type='result' id='x'/>")))
                .isInstanceOf(RegistrationException.class);
    }

    @Test
    void refusalsAreSentencesWithTheServersTextAfterThem() {
        RegistrationRefusedException taken = new RegistrationRefusedException(StanzaError.of(StanzaErrorCondition.CONFLICT));
        RegistrationRefusedException weak = new RegistrationRefusedException(
                StanzaError.of(StanzaErrorCondition.NOT_ACCEPTABLE, "Password is too weak"));

        assertThat(taken.getMessage()).isEqualTo("That username is already taken. Choose another one.");
        assertThat(taken.condition()).isEqualTo(StanzaErrorCondition.CONFLICT);
        assertThat(weak.getMessage()).endsWith("The server says: “Password is too weak”");
    }
}
