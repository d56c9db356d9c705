package im.parley.xmpp.ext.forms.validate;

/** The examples of XEP-0122 Data Forms Validation, copied from the XEP as they are (shared/specs/xeps/xep-0122.xml). */
final class Xep0122Examples {
    // XEP-0122 example "Field with extended datatype", verbatim.
    static final String FIELD_WITH_EXTENDED_DATATYPE = """
            <field var='evt.date' type='text-single' label='Event Date/Time'>
              <validate xmlns='http://jabber.org/protocol/xdata-validate'
                        datatype='xs:dateTime'/>
              <value>2003-10-06T11:22:00-07:00</value>
            </field>""";

    // XEP-0122 example "Basic validation", verbatim.
    static final String BASIC_VALIDATION = """
            <field var='evt.date' type='text-single' label='Event Date/Time'>
              <validate xmlns='http://jabber.org/protocol/xdata-validate'
                        datatype='xs:dateTime'>
                <basic/>
              </validate>
              <value>2003-10-06T11:22:00-07:00</value>
            </field>""";

    // XEP-0122 example "Open validation", verbatim.
    static final String OPEN_VALIDATION = """
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
            </field>""";

    // XEP-0122 example "Range validation", verbatim.
    static final String RANGE_VALIDATION = """
            <field var='evt.date' type='text-single' label='Event Date/Time'>
              <validate xmlns='http://jabber.org/protocol/xdata-validate'
                        datatype='xs:dateTime'>
                <range min='2003-10-05T00:00:00-07:00'
                       max='2003-10-24T23:59:59-07:00'/>
              </validate>
              <value>2003-10-06T11:22:00-07:00</value>
            </field>""";

    // XEP-0122 example "Regular expression validation", verbatim.
    static final String REGULAR_EXPRESSION_VALIDATION = """
            <field var='ssn' type='text-single' label='Social Security Number'>
              <desc>This field should be your SSN, including '-' (e.g. 123-12-1234)</desc>
              <validate xmlns='http://jabber.org/protocol/xdata-validate'
                        datatype='xs:string'>
                <regex>([0-9]{3})-([0-9]{2})-([0-9]{4})</regex>
              </validate>
            </field>""";

    // XEP-0122 example "Selection Range validation", verbatim.
    static final String SELECTION_RANGE_VALIDATION = """
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
            </field>""";

    // XEP-0122 example "Example of recommended namespace prefixing", verbatim.
    static final String EXAMPLE_OF_RECOMMENDED_NAMESPACE_PREFIXING = """
            <x xmlns='jabber:x:data'
               xmlns:xdv='http://jabber.org/protocol/xdata-validate'
               type='form'>
              <title>Sample Form</title>
              <instructions>
                Please provide information for the following fields...
              </instructions>
              <field type='text-single' var='name' label='Event Name'/>
              <field type='text-single' var='date/start' label='Starting Date'>
                <xdv:validate datatype='xs:date'>
                  <basic/>
                </xdv:validate>
              </field>
              <field type='text-single' var='date/end' label='Ending Date'>
                <xdv:validate datatype='xs:date'>
                  <basic/>
                </xdv:validate>
              </field>
            </x>""";

    private Xep0122Examples() {
    }
}
