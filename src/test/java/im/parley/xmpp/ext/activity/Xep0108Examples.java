package im.parley.xmpp.ext.activity;

/** Examples of XEP-0108, copied from the XEP as they are (shared/specs/xeps/xep-0108.xml). */
public final class Xep0108Examples {
    // XEP-0108 example "User Publishes Activity" (line 114 of xep-0108.xml), verbatim.
    public static final String USER_PUBLISHES_ACTIVITY = """
            <iq type='set'
                from='juliet@capulet.lit/ca486eba-0f9a-11dc-8835-000bcd821bfb'
                id='publish1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='http://jabber.org/protocol/activity'>
                  <item>
                    <activity xmlns='http://jabber.org/protocol/activity'>
                      <relaxing>
                        <partying/>
                      </relaxing>
                      <text xml:lang='en'>My nurse&apos;s birthday!</text>
                    </activity>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0108 example "Activity is Delivered to All Subscribers" (line 133 of xep-0108.xml), verbatim.
    public static final String ACTIVITY_IS_DELIVERED_TO_ALL_SUBSCRIBERS = """
            <message
                from='juliet@capulet.lit'
                to='romeo@montague.lit'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='http://jabber.org/protocol/activity'>
                  <item id='b5ac48d0-0f9c-11dc-8754-001143d5d5db'>
                    <activity xmlns='http://jabber.org/protocol/activity'>
                      <relaxing>
                        <partying/>
                      </relaxing>
                      <text xml:lang='en'>My nurse&apos;s birthday!</text>
                    </activity>
                  </item>
                </items>
              </event>
            </message>""";

    // XEP-0108 example "User Disables Publishing" (line 152 of xep-0108.xml), verbatim.
    public static final String USER_DISABLES_PUBLISHING = """
            <iq from='juliet@capulet.lit/balcony'
                id='publish1'
                type='set'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='http://jabber.org/protocol/activity'>
                  <item>
                    <activity xmlns='http://jabber.org/protocol/activity'/>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0108 example "Empty Activity Information is Delivered to All Subscribers" (line 165 of xep-0108.xml), verbatim.
    public static final String EMPTY_ACTIVITY_INFORMATION_IS_DELIVERED_TO_ALL_SUBSCRIBERS = """
            <message
                from='juliet@capulet.lit'
                to='romeo@montague.net'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='http://jabber.org/protocol/activity'>
                  <item id='b5ac48d0-0f9c-11dc-8754-001143d5d5db'>
                    <activity xmlns='http://jabber.org/protocol/activity'/>
                  </item>
                </items>
              </event>
            </message>""";

    private Xep0108Examples() {
    }
}
