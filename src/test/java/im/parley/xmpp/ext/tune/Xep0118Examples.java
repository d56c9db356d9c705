package im.parley.xmpp.ext.tune;

/** Examples of XEP-0118, copied from the XEP as they are (shared/specs/xeps/xep-0118.xml). */
public final class Xep0118Examples {
    // XEP-0118 example "User Publishes Tune Information" (line 209 of xep-0118.xml), verbatim.
    public static final String USER_PUBLISHES_TUNE_INFORMATION = """
            <iq type='set'
                from='stpeter@jabber.org/14793c64-0f94-11dc-9430-000bcd821bfb'
                id='tunes123'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='http://jabber.org/protocol/tune'>
                  <item>
                    <tune xmlns='http://jabber.org/protocol/tune'>
                      <artist>Yes</artist>
                      <length>686</length>
                      <rating>8</rating>
                      <source>Yessongs</source>
                      <title>Heart of the Sunrise</title>
                      <track>3</track>
                      <uri>http://www.yesworld.com/lyrics/Fragile.html#9</uri>
                    </tune>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0118 example "Tune Information is Delivered to All Subscribers" (line 231 of xep-0118.xml), verbatim.
    public static final String TUNE_INFORMATION_IS_DELIVERED_TO_ALL_SUBSCRIBERS = """
            <message
                from='stpeter@jabber.org'
                to='maineboy@jabber.org'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='http://jabber.org/protocol/tune'>
                  <item id='bffe6584-0f9c-11dc-84ba-001143d5d5db'>
                    <tune xmlns='http://jabber.org/protocol/tune'>
                      <artist>Yes</artist>
                      <length>686</length>
                      <rating>8</rating>
                      <source>Yessongs</source>
                      <title>Heart of the Sunrise</title>
                      <track>3</track>
                      <uri>http://www.yesworld.com/lyrics/Fragile.html#9</uri>
                    </tune>
                  </item>
                </items>
              </event>
            </message>""";

    // XEP-0118 example "User Disables Publishing" (line 253 of xep-0118.xml), verbatim.
    public static final String USER_DISABLES_PUBLISHING = """
            <iq type='set'
                from='stpeter@jabber.org/14793c64-0f94-11dc-9430-000bcd821bfb'
                id='tunes345'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='http://jabber.org/protocol/tune'>
                  <item>
                    <tune xmlns='http://jabber.org/protocol/tune'/>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0118 example "Empty Tune Information is Delivered to All Subscribers" (line 266 of xep-0118.xml), verbatim.
    public static final String EMPTY_TUNE_INFORMATION_IS_DELIVERED_TO_ALL_SUBSCRIBERS = """
            <message
                from='stpeter@jabber.org'
                to='maineboy@jabber.org'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='http://jabber.org/protocol/tune'>
                  <item id='cbbb3f5a-0f9c-11dc-afe0-001143d5d5db'>
                    <tune xmlns='http://jabber.org/protocol/tune'/>
                  </item>
                </items>
              </event>
            </message>""";

    private Xep0118Examples() {
    }
}
