package im.parley.xmpp.ext.forms.layout;

/** The examples of XEP-0141 Data Forms Layout, copied from the XEP as they are (shared/specs/xeps/xep-0141.xml). */
final class Xep0141Examples {
    // XEP-0141 example "Sample form", verbatim.
    static final String SAMPLE_FORM = """
            <x xmlns='jabber:x:data' type='form'>
              <title>XSF Application</title>
              <instructions>Please fill out this form</instructions>

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

    // XEP-0141 example "Pages of fields", verbatim.
    static final String PAGES_OF_FIELDS = """
            <x xmlns='jabber:x:data' type='form'>
              <title>XSF Application</title>
              <instructions>Please fill out this form</instructions>
              <page xmlns='http://jabber.org/protocol/xdata-layout' label='Personal Information'>
                <text>This is page one of three.</text>
                <text>
                  Note: In accordance with the XSF privacy policy, your personal information will
                  never be shared outside the organization in any way for any purpose; however,
                  your name and JID may be published in the XSF membership directory.
                </text>
                <fieldref var='name.first'/>
                <fieldref var='name.last'/>
                <fieldref var='email'/>
                <fieldref var='jid'/>
                <fieldref var='background'/>
              </page>
              <page xmlns='http://jabber.org/protocol/xdata-layout' label='Community Activity'>
                <text>This is page two of three.</text>
                <text>
                  We use this page to gather information about any XEPs you&apos;ve worked on,
                  as well as your mailing list activity.
                </text>
                <text>You do post to the mailing lists, don't you?</text>
                <fieldref var='activity.mailing-lists'/>
                <fieldref var='activity.xeps'/>
              </page>
              <page xmlns='http://jabber.org/protocol/xdata-layout' label='Plans and Reasonings'>
                <text>This is page three of three.</text>
                <text>You're almost done!</text>
                <text>
                  This is where you describe your future plans and why you think you
                  deserve to be a member of the XMPP Standards Foundation.
                </text>
                <fieldref var='future'/>
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

    // XEP-0141 example "Sections of fields", verbatim.
    static final String SECTIONS_OF_FIELDS = """
            <x xmlns='jabber:x:data' type='form'>
              <title>XSF Application</title>
              <instructions>Please fill out this form</instructions>
              <page xmlns='http://jabber.org/protocol/xdata-layout'>
                <section label='Personal Information'>
                  <text>
                    Note: In accordance with the XSF privacy policy, your personal information will
                    never be shared outside the organization in any way for any purpose; however,
                    your name and JID may be published in the XSF membership directory.
                  </text>
                  <fieldref var='name.first'/>
                  <fieldref var='name.last'/>
                  <fieldref var='email'/>
                  <fieldref var='jid'/>
                  <fieldref var='background'/>
                </section>
                <section label='Community Activity'>
                  <text>
                    We use this page to gather information about any XEPs you&apos;ve worked on,
                    as well as your mailing list activity.
                  </text>
                  <text>You do post to the mailing lists, don't you?</text>
                  <fieldref var='activity.mailing-lists'/>
                  <fieldref var='activity.xeps'/>
                </section>
                <section label='Plans and Reasoning'>
                  <text>You're almost done!</text>
                  <text>
                    This is where you describe your future plans and why you think you
                    deserve to be a member of the XMPP Standards Foundation.
                  </text>
                  <fieldref var='future'/>
                  <fieldref var='reasoning'/>
                </section>
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

    // XEP-0141 example "Sections of fields (nested)", verbatim.
    static final String SECTIONS_OF_FIELDS_NESTED = """
            <x xmlns='jabber:x:data' type='form'>
              ...

              <page xmlns='http://jabber.org/protocol/xdata-layout'>
                <section label='Personal Information'>
                  <text>
                    Note: In accordance with the XSF privacy policy, your personal information will
                    never be shared outside the organization in any way for any purpose; however,
                    your name and JID may be published in the XSF membership directory.
                  </text>
                  <section label='Name'>
                    <text>Who are you?</text>
                    <fieldref var='name.first'/>
                    <fieldref var='name.last'/>
                  </section>
                  <section label='Contact Information'>
                    <text>How can we contact you?</text>
                    <fieldref var='email'/>
                    <fieldref var='jid'/>
                  </section>
                  <fieldref var='background'/>
                </section>
                <section label='Community Activity'>
                  <text>
                    We use this page to gather information about any XEPs you&apos;ve worked on,
                    as well as your mailing list activity.
                  </text>
                  <text>You do post to the mailing lists, don't you?</text>
                  <fieldref var='activity.mailing-lists'/>
                  <fieldref var='activity.xeps'/>
                </section>
                <section label='Plans and Reasoning'>
                  <text>
                    This is where you describe your future plans and why you think you
                    deserve to be a member of the XMPP Standards Foundation.
                  </text>
                  <fieldref var='future'/>
                  <fieldref var='reasoning'/>
                </section>
              </page>

              ...
            </x>""";

    private Xep0141Examples() {
    }
}
