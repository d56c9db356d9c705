package im.parley.ui.forms;

import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.DataFormCodec;
import im.parley.xmpp.ext.forms.Xep0004Examples;
import im.parley.xmpp.xml.XmlElement;

/** Forms from the XEPs' own examples (shared/specs/xeps), for the renderer's tests. */
final class FormExamples {
    // XEP-0004 example "Service Returns Bot Creation Form", the form only.
    static final String BOT_CREATION_FORM = dataForm(Xep0004Examples.SERVICE_RETURNS_BOT_CREATION_FORM);

    // XEP-0004 example "User Submits Bot Creation Form", the form only.
    static final String BOT_CREATION_SUBMIT = dataForm(Xep0004Examples.USER_SUBMITS_BOT_CREATION_FORM);

    // XEP-0122 examples "Range validation", "Regular expression validation", "Open validation" and
    // "Selection Range validation", in one form.
    static final String VALIDATED_FORM = """
            <x xmlns='jabber:x:data' type='form'>
            <field var='evt.date' type='text-single' label='Event Date/Time'>
              <validate xmlns='http://jabber.org/protocol/xdata-validate'
                        datatype='xs:dateTime'>
                <range min='2003-10-05T00:00:00-07:00'
                       max='2003-10-24T23:59:59-07:00'/>
              </validate>
              <value>2003-10-06T11:22:00-07:00</value>
            </field>
            <field var='ssn' type='text-single' label='Social Security Number'>
              <desc>This field should be your SSN, including '-' (e.g. 123-12-1234)</desc>
              <validate xmlns='http://jabber.org/protocol/xdata-validate'
                        datatype='xs:string'>
                <regex>([0-9]{3})-([0-9]{2})-([0-9]{4})</regex>
              </validate>
            </field>
            <field var='evt.category'
                   type='list-single'
                   label='Event Category'>
              <validate xmlns='http://jabber.org/protocol/xdata-validate'
                        datatype='xs:string'>
                <open/>
              </validate>
              <option><value>holiday</value></option>
              <option><value>reminder</value></option>
              <option><value>appointment</value></option>
            </field>
            <field var='evt.notify-methods'
                   type='list-multi'
                   label='Notify me by'>
              <validate xmlns='http://jabber.org/protocol/xdata-validate'
                        datatype='xs:string'>
                <basic/>
                <list-range min='1' max='3'/>
              </validate>
              <option><value>e-mail</value></option>
              <option><value>jabber/xmpp</value></option>
              <option><value>work phone</value></option>
              <option><value>home phone</value></option>
              <option><value>cell phone</value></option>
            </field>
            </x>""";

    // XEP-0141 example "Pages of fields", verbatim.
    static final String PAGES_OF_FIELDS = """
            <x xmlns='jabber:x:data' type='form'>
              <title>XSF Application</title>
              <instructions>Please fill out this form</instructions>
              <page xmlns='http://jabber.org/protocol/xdata-layout' label='Personal Information'>
                <text>This is page one of three.</text>
                <fieldref var='name.first'/>
                <fieldref var='name.last'/>
                <fieldref var='email'/>
                <fieldref var='jid'/>
                <fieldref var='background'/>
              </page>
              <page xmlns='http://jabber.org/protocol/xdata-layout' label='Community Activity'>
                <text>This is page two of three.</text>
                <fieldref var='activity.mailing-lists'/>
                <fieldref var='activity.xeps'/>
              </page>
              <page xmlns='http://jabber.org/protocol/xdata-layout' label='Plans and Reasonings'>
                <text>This is page three of three.</text>
                <section label='Plans'>
                  <fieldref var='future'/>
                </section>
                <fieldref var='reasoning'/>
              </page>
              <field var='name.first' type='text-single' label='First Name'>
                <required/>
              </field>
              <field var='name.last' type='text-single' label='Last Name'>
                <required/>
              </field>
              <field var='email' type='text-single' label='E-mail Address'>
                <required/>
              </field>
              <field var='jid' type='jid-single' label='Jabber JID'>
                <required/>
              </field>
              <field var='background' type='text-multi' label='Background Information'>
              </field>
              <field var='future' type='text-multi' label='Jabber Plans for the Next Six Months'>
              </field>
              <field var='reasoning' type='text-multi' label='Reasons for Joining'>
              </field>
              <field var='activity.mailing-lists' type='text-multi' label='Recent Mailing List Activity'>
              </field>
              <field var='activity.xeps' type='text-multi' label='XEPs Authored or Co-Authored'>
              </field>
            </x>""";

    // XEP-0158 example "Host Returns Registration and Challenge Fields to Entity", the form, with
    // the image given as Bits of Binary data (XEP-0231) instead of the web URI.
    static final String CAPTCHA_REGISTRATION_FORM = """
            <x xmlns='jabber:x:data' type='form'>
              <field type='hidden' var='FORM_TYPE'>
                <value>jabber:iq:register</value>
              </field>
              <field type='hidden' var='challenge'><value>F3A6292C</value></field>
              <field type='hidden' var='sid'><value>reg1</value></field>
              <field type='hidden' var='answers'><value>3</value></field>
              <field var='ocr' label='Enter the text you see'>
                <media xmlns='urn:xmpp:media-element'
                       height='80'
                       width='290'>
                  <uri type='image/png'>
                    CID
                  </uri>
                </media>
              </field>
              <field type='text-single' var='username'>
                <required/>
              </field>
              <field type='text-private' var='password'>
                <required/>
              </field>
            </x>""";

    private FormExamples() {
    }

    /** The data form a stanza of the XEP's examples carries, as text. */
    private static String dataForm(String stanza) {
        int start = stanza.indexOf("<x xmlns='jabber:x:data'");
        return stanza.substring(start, stanza.indexOf("</x>", start) + "</x>".length());
    }

    static DataForm form(String xml) throws Exception {
        XmlElement x = XepExamples.element(xml);
        return new DataFormCodec().decode(x).valueIfAny().orElseThrow();
    }
}
