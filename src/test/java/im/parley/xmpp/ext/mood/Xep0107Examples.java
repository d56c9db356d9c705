package im.parley.xmpp.ext.mood;

/** Examples of XEP-0107, copied from the XEP as they are (shared/specs/xeps/xep-0107.xml). */
public final class Xep0107Examples {
    // XEP-0107 example "User Publishes Mood" (line 120 of xep-0107.xml), verbatim.
    public static final String USER_PUBLISHES_MOOD = """
            <iq from='juliet@capulet.lit/balcony'
                id='publish1'
                type='set'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='http://jabber.org/protocol/mood'>
                  <item>
                    <mood xmlns='http://jabber.org/protocol/mood'>
                      <annoyed/>
                      <text>curse my nurse!</text>
                    </mood>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0107 example "Mood is Delivered to All Subscribers" (line 137 of xep-0107.xml), verbatim.
    public static final String MOOD_IS_DELIVERED_TO_ALL_SUBSCRIBERS = """
            <message
                from='juliet@capulet.lit'
                to='romeo@montague.net'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='http://jabber.org/protocol/mood'>
                  <item id='a475804a-0f9c-11dc-98a8-001143d5d5db'>
                    <mood xmlns='http://jabber.org/protocol/mood'>
                      <annoyed/>
                      <text>curse my nurse!</text>
                    </mood>
                  </item>
                </items>
              </event>
            </message>""";

    // XEP-0107 example "User Disables Publishing" (line 154 of xep-0107.xml), verbatim.
    public static final String USER_DISABLES_PUBLISHING = """
            <iq from='juliet@capulet.lit/balcony'
                id='publish1'
                type='set'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='http://jabber.org/protocol/mood'>
                  <item>
                    <mood xmlns='http://jabber.org/protocol/mood'/>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0107 example "Empty Mood Information is Delivered to All Subscribers" (line 167 of xep-0107.xml), verbatim.
    public static final String EMPTY_MOOD_INFORMATION_IS_DELIVERED_TO_ALL_SUBSCRIBERS = """
            <message
                from='juliet@capulet.lit'
                to='romeo@montague.net'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='http://jabber.org/protocol/mood'>
                  <item id='a475804a-0f9c-11dc-98a8-001143d5d5db'>
                    <mood xmlns='http://jabber.org/protocol/mood'/>
                  </item>
                </items>
              </event>
            </message>""";

    // XEP-0107 example "User Provides Mood in Message" (line 183 of xep-0107.xml), verbatim.
    public static final String USER_PROVIDES_MOOD_IN_MESSAGE = """
            <message from='romeo@montague.lit/pda'
                     to='juliet@capulet.lit'
                     type='chat'>
              <body>A thousand times good night!</body>
              <mood xmlns='http://jabber.org/protocol/mood'>
                <sad/>
              </mood>
            </message>""";

    private Xep0107Examples() {
    }
}
