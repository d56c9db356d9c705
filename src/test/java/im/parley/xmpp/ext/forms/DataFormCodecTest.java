package im.parley.xmpp.ext.forms;

import static im.parley.xmpp.ext.forms.Xep0004Examples.SERVICE_RETURNS_BOT_CREATION_FORM;
import static im.parley.xmpp.ext.forms.Xep0004Examples.SERVICE_RETURNS_BOT_CREATION_RESULT;
import static im.parley.xmpp.ext.forms.Xep0004Examples.SERVICE_RETURNS_SEARCH_FORM;
import static im.parley.xmpp.ext.forms.Xep0004Examples.SERVICE_RETURNS_SEARCH_RESULTS;
import static im.parley.xmpp.ext.forms.Xep0004Examples.USER_SUBMITS_BOT_CREATION_FORM;
import static im.parley.xmpp.ext.forms.Xep0004Examples.USER_SUBMITS_SEARCH_FORM;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** XEP-0004 round trips on every example of the XEP that carries a form, and its rules. */
class DataFormCodecTest {
    private static final DataFormCodec CODEC = new DataFormCodec();
    private static final String COMMANDS = "http://jabber.org/protocol/commands";

    /** The form inside an example's ad-hoc command, decoded and round-tripped. */
    static DataForm formOf(String iqXml) throws Exception {
        XmlElement command = XepExamples.element(iqXml).child("command", COMMANDS).orElseThrow();
        return RoundTrip.of(CODEC, command.child("x", DataForm.NAMESPACE).orElseThrow());
    }

    private static String reason(String formXml) throws Exception {
        return RoundTrip.malformedReason(CODEC, formXml);
    }

    @Test
    void botCreationFormHasEveryFieldTypeItShows() throws Exception {
        DataForm form = formOf(SERVICE_RETURNS_BOT_CREATION_FORM);

        assertThat(form.type()).isEqualTo(FormType.FORM);
        assertThat(form.title()).isEqualTo("Bot Configuration");
        assertThat(form.instructions()).containsExactly("Fill out this form to configure your new bot!");
        assertThat(form.formType()).contains("jabber:bot");
        assertThat(form.fields()).extracting(FormField::type).containsExactly(FieldType.HIDDEN, FieldType.FIXED,
                FieldType.TEXT_SINGLE, FieldType.TEXT_MULTI, FieldType.BOOLEAN, FieldType.TEXT_PRIVATE,
                FieldType.FIXED, FieldType.LIST_MULTI, FieldType.FIXED, FieldType.LIST_SINGLE, FieldType.FIXED,
                FieldType.JID_MULTI);
        assertThat(form.fields().get(1).var()).isNull();
        assertThat(form.fields().get(1).value()).contains("Section 1: Bot Info");
        FormField pub = form.field("public").orElseThrow();
        assertThat(pub.required()).isTrue();
        assertThat(pub.label()).isEqualTo("Public bot?");
        assertThat(pub.booleanValue()).isEmpty();
        FormField features = form.field("features").orElseThrow();
        assertThat(features.options()).hasSize(5).first()
                .isEqualTo(new FormField.Option("Contests", "contests"));
        assertThat(features.values()).containsExactly("news", "search");
        assertThat(form.field("maxsubs").orElseThrow().value()).contains("20");
        assertThat(form.field("invitelist").orElseThrow().desc()).isEqualTo("Tell all your friends about your new bot!");
    }

    @Test
    void botCreationSubmissionReadsTyped() throws Exception {
        DataForm submit = formOf(USER_SUBMITS_BOT_CREATION_FORM);

        assertThat(submit.type()).isEqualTo(FormType.SUBMIT);
        assertThat(submit.title()).isNull();
        assertThat(submit.field("description").orElseThrow().values()).hasSize(4)
                .contains("in your Jabber client. It' really cool!");
        assertThat(submit.field("public").orElseThrow().booleanValue()).contains(false);
        assertThat(submit.field("password").orElseThrow().value()).contains("v3r0na");
        assertThat(submit.field("invitelist").orElseThrow().jidValues())
                .containsExactly(Jid.of("juliet@capulet.com"), Jid.of("benvolio@montague.net"));
    }

    @Test
    void botCreationResultKeepsTheSubmittedValues() throws Exception {
        DataForm result = formOf(SERVICE_RETURNS_BOT_CREATION_RESULT);

        assertThat(result.type()).isEqualTo(FormType.RESULT);
        assertThat(result.reported()).isEmpty();
        assertThat(result.fields()).extracting(FormField::var).containsExactly("FORM_TYPE", "botname", "public",
                "password", "features", "maxsubs", "invitelist");
        assertThat(result.field("maxsubs").orElseThrow().value()).contains("50");
    }

    @Test
    void searchFormAndSubmission() throws Exception {
        DataForm form = formOf(SERVICE_RETURNS_SEARCH_FORM);
        DataForm submit = formOf(USER_SUBMITS_SEARCH_FORM);

        assertThat(form.title()).isEqualTo("Joogle Search");
        assertThat(form.field("search_request").orElseThrow().required()).isTrue();
        assertThat(submit.field("search_request").orElseThrow().value()).contains("verona");
        assertThat(form.submit(Map.of("search_request", List.of("verona"))))
                .isEqualTo(submit);
    }

    @Test
    void searchResultsAreATable() throws Exception {
        DataForm results = formOf(SERVICE_RETURNS_SEARCH_RESULTS);

        assertThat(results.title()).isEqualTo("Joogle Search: verona");
        assertThat(results.fields()).isEmpty();
        assertThat(results.reported()).extracting(FormField::var).containsExactly("name", "url");
        assertThat(results.items()).hasSize(5);
        assertThat(results.items().get(2).field("url").orElseThrow().value()).contains("http://www.univr.it/");
    }

    @Test
    void unknownChildrenOfFormsAndFieldsAreKept() throws Exception {
        DataForm form = RoundTrip.of(CODEC, XepExamples.element("""
                <x xmlns='jabber:x:data' type='form'>
                  <field var='a'><note xmlns='urn:example:x'>kept</note><value>1</value></field>
                  <extra xmlns='urn:example:x'/>
                </x>"""));

        assertThat(form.field("a").orElseThrow().extensions()).singleElement()
                .satisfies(e -> assertThat(e.text()).isEqualTo("kept"));
        assertThat(form.extensions()).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("extra"));
    }

    @Test
    void anUnknownFieldTypeIsReadAsTextSingle() throws Exception {
        // §3.3: text-single "MUST be assumed if a form-submitting entity receives a field type it does not understand".
        DataForm form = RoundTrip.of(CODEC, XepExamples.element(
                "<x xmlns='jabber:x:data' type='form'><field var='a' type='x-colour'><value>red</value></field></x>"));
        assertThat(form.field("a").orElseThrow().type()).isEqualTo(FieldType.TEXT_SINGLE);

        assertThat(reason("<x xmlns='jabber:x:data' type='form'><field var='a' type='x-colour'>"
                + "<value>red</value><value>blue</value></field></x>")).contains("'a'", "2 values");
    }

    @Test
    void typelessFieldsOfSubmissionsMayHoldSeveralValues() throws Exception {
        // Outside a form to fill in the type "can be inferred from context" (§3.2), e.g. a jid-multi answer.
        DataForm submit = RoundTrip.of(CODEC, XepExamples.element("<x xmlns='jabber:x:data' type='submit'>"
                + "<field var='invitees'><value>a@b.c</value><value>d@e.f</value></field></x>"));
        assertThat(submit.field("invitees").orElseThrow().jidValues()).hasSize(2);
    }

    @Test
    void malformedFormsSayWhy() throws Exception {
        assertThat(reason("<x xmlns='jabber:x:data'/>")).contains("'type'");
        assertThat(reason("<x xmlns='jabber:x:data' type='error'/>")).contains("unknown form type 'error'");
        assertThat(reason("<x xmlns='jabber:x:data' type='form'><field type='text-single'/></x>"))
                .contains("without 'var'");
        assertThat(reason("<x xmlns='jabber:x:data' type='submit'><field var='a'/><field var='a'/></x>"))
                .contains("two fields 'a'");
        assertThat(reason("<x xmlns='jabber:x:data' type='submit'><field var='n' type='text-single'>"
                + "<value>1</value><value>2</value></field></x>")).contains("'n'", "text-single", "2 values");
        assertThat(reason("<x xmlns='jabber:x:data' type='submit'><field var='b' type='boolean'>"
                + "<value>yes</value></field></x>")).contains("'yes' is not a boolean");
        assertThat(reason("<x xmlns='jabber:x:data' type='submit'><field var='j' type='jid-single'>"
                + "<value>@capulet.com</value></field></x>")).contains("'@capulet.com' is not a JID");
        assertThat(reason("<x xmlns='jabber:x:data' type='submit'><field var='j' type='jid-multi'>"
                + "<value>juliet@capulet.com</value><value>a@b@c</value></field></x>")).contains("'a@b@c'");
        assertThat(reason("<x xmlns='jabber:x:data' type='form'><field var='t' type='text-single'>"
                + "<option><value>x</value></option></field></x>")).contains("has options");
        assertThat(reason("<x xmlns='jabber:x:data' type='form'><field var='l' type='list-single'>"
                + "<option label='A'><value>a</value><value>b</value></option></field></x>")).contains("2 values");
        assertThat(reason("<x xmlns='jabber:x:data' type='form'><field var='l' type='list-multi'>"
                + "<option label='A'><value>a</value></option><option label='B'><value>a</value></option>"
                + "</field></x>")).contains("repeats the option");
        assertThat(reason("<x xmlns='jabber:x:data' type='form'><field var='r'><required>yes</required></field></x>"))
                .contains("<required/> must be empty");
        assertThat(reason("<x xmlns='jabber:x:data' type='form'><title>a</title><title>b</title></x>"))
                .contains("more than one <title/>");
    }

    @Test
    void tablesFollowTheirReportedFields() throws Exception {
        String head = "<x xmlns='jabber:x:data' type='result'><reported><field var='name'/><field var='url'/></reported>";
        assertThat(reason(head + "<item><field var='name'><value>n</value></field><field var='url'><value>u</value>"
                + "</field><field var='rank'><value>1</value></field></item></x>"))
                .contains("field 'rank', which <reported/> lacks");
        assertThat(reason(head + "<item><field var='name'><value>n</value></field></item></x>"))
                .contains("lacks the reported field 'url'");
        assertThat(reason("<x xmlns='jabber:x:data' type='result'><item><field var='a'/></item></x>"))
                .contains("items without <reported/>");
        assertThat(reason("<x xmlns='jabber:x:data' type='form'><reported><field var='a'/></reported></x>"))
                .contains("only results do");
        assertThat(reason("<x xmlns='jabber:x:data' type='result'><reported/></x>")).contains("without fields");
        // An item's typeless field is held to its reported column's type.
        assertThat(reason("<x xmlns='jabber:x:data' type='result'><reported><field var='on' type='boolean'/>"
                + "</reported><item><field var='on'><value>maybe</value></field></item></x>")).contains("'maybe'");
    }

    @Test
    void itemsBeforeReportedAreStillRead() throws Exception {
        // §3.4's note: older entities send them in either order.
        DataForm form = RoundTrip.of(CODEC, XepExamples.element("<x xmlns='jabber:x:data' type='result'>"
                + "<item><field var='a'><value>1</value></field></item><reported><field var='a'/></reported></x>"));
        assertThat(form.items()).singleElement().satisfies(i -> assertThat(i.field("a")).isPresent());
    }

    @Test
    void otherElementsAreNotMine() {
        assertThat(CODEC.decode(XmlElement.empty("x", "jabber:x:oob"))).isEqualTo(Decoded.notMine());
    }
}
