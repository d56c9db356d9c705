package im.parley.xmpp.ext.geoloc;

/** Examples of XEP-0080, copied from the XEP as they are (shared/specs/xeps/xep-0080.xml). */
public final class Xep0080Examples {
    // XEP-0080 example "Entity publishes location" (line 335 of xep-0080.xml), verbatim.
    public static final String ENTITY_PUBLISHES_LOCATION = """
            <iq type='set' from='portia@merchantofvenice.lit/pda' id='publish1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='http://jabber.org/protocol/geoloc'>
                  <item>
                    <geoloc xmlns='http://jabber.org/protocol/geoloc' xml:lang='en'>
                      <accuracy>20</accuracy>
                      <country>Italy</country>
                      <lat>45.44</lat>
                      <locality>Venice</locality>
                      <lon>12.33</lon>
                    </geoloc>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0080 example "Subscriber receives event with payload" (line 352 of xep-0080.xml), verbatim.
    public static final String SUBSCRIBER_RECEIVES_EVENT_WITH_PAYLOAD = """
            <message from='portia@merchantofvenice.lit'
                     to='bassanio@merchantofvenice.lit'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='http://jabber.org/protocol/geoloc'>
                  <item id='d81a52b8-0f9c-11dc-9bc8-001143d5d5db'>
                    <geoloc xmlns='http://jabber.org/protocol/geoloc' xml:lang='en'>
                      <accuracy>20</accuracy>
                      <country>Italy</country>
                      <lat>45.44</lat>
                      <locality>Venice</locality>
                      <lon>12.33</lon>
                    </geoloc>
                  </item>
                </items>
              </event>
            </message>""";

    // XEP-0080 example "User stops publishing geolocation information" (line 371 of xep-0080.xml), verbatim.
    public static final String USER_STOPS_PUBLISHING_GEOLOCATION_INFORMATION = """
            <iq from='portia@merchantofvenice.lit/pda'
                id='publish2'
                type='set'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='http://jabber.org/protocol/geoloc'>
                  <item>
                    <geoloc xmlns='http://jabber.org/protocol/geoloc'/>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0080 example "Subscriber receives empty event" (line 384 of xep-0080.xml), verbatim.
    public static final String SUBSCRIBER_RECEIVES_EMPTY_EVENT = """
            <message from='portia@merchantofvenice.lit'
                     to='bassanio@merchantofvenice.lit'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='http://jabber.org/protocol/geoloc'>
                  <item id='d81a52b8-0f9c-11dc-9bc8-001143d5d5db'>
                    <geoloc xmlns='http://jabber.org/protocol/geoloc'/>
                  </item>
                </items>
              </event>
            </message>""";

    private Xep0080Examples() {
    }
}
