package im.parley.xmpp.ext.nick;

/** Examples of XEP-0172, copied from the XEP as they are (shared/specs/xeps/xep-0172.xml). */
public final class Xep0172Examples {
    // XEP-0172 example "A Nickname" (line 145 of xep-0172.xml), verbatim.
    public static final String A_NICKNAME = """
            <nick xmlns='http://jabber.org/protocol/nick'>Ishmael</nick>""";

    // XEP-0172 example "Including Nickname with Subscription Request" (line 172 of xep-0172.xml), verbatim.
    public static final String INCLUDING_NICKNAME_WITH_SUBSCRIPTION_REQUEST = """
            <presence from='narrator@moby-dick.lit' to='starbuck@moby-dick.lit' type='subscribe'>
              <nick xmlns='http://jabber.org/protocol/nick'>Ishmael</nick>
            </presence>""";

    // XEP-0172 example "Including Nickname with First Message" (line 181 of xep-0172.xml), verbatim.
    public static final String INCLUDING_NICKNAME_WITH_FIRST_MESSAGE = """
            <message from='narrator@moby-dick.lit/pda' to='starbuck@moby-dick.lit' type='chat'>
              <body>Call me Ishmael</body>
              <nick xmlns='http://jabber.org/protocol/nick'>Ishmael</nick>
            </message>""";

    // XEP-0172 example "User Publishes Updated Nickname to PEP Node" (line 190 of xep-0172.xml), verbatim.
    public static final String USER_PUBLISHES_UPDATED_NICKNAME_TO_PEP_NODE = """
            <iq from='narrator@moby-dick.lit/pda'
                type='set'
                id='pub1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='http://jabber.org/protocol/nick'>
                  <item>
                    <nick xmlns='http://jabber.org/protocol/nick'>CallMeIshmael</nick>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0172 example "PEP Node Generates Notifications" (line 203 of xep-0172.xml), verbatim.
    public static final String PEP_NODE_GENERATES_NOTIFICATIONS = """
            <message from='narrator@moby-dick.lit'
                     to='starbuck@moby-dick.lit'
                     type='headline'
                     id='foo'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='http://jabber.org/protocol/nick'>
                  <item>
                    <nick xmlns='http://jabber.org/protocol/nick'>CallMeIshmael</nick>
                  </item>
                </items>
              </event>
              <addresses xmlns='http://jabber.org/protocol/address'>
                <address type='replyto' jid='narrator@moby-dick.lit/pda'/>
              </addresses>
            </message>
            .
            .
            .""";

    // XEP-0172 example "User Publishes Updated Nickname to PubSub Node" (line 224 of xep-0172.xml), verbatim.
    public static final String USER_PUBLISHES_UPDATED_NICKNAME_TO_PUBSUB_NODE = """
            <iq from='narrator@moby-dick.lit/pda'
                to='pubsub.mody-dick.lit'
                type='set'
                id='pub2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='841f3c8955c4c41a0cf99620d78a33b996659ded'>
                  <item>
                    <nick xmlns='http://jabber.org/protocol/nick'>CallMeIshmael</nick>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0172 example "PubSub Node Generates Notifications" (line 238 of xep-0172.xml), verbatim.
    public static final String PUBSUB_NODE_GENERATES_NOTIFICATIONS = """
            <message from='pubsub.mody-dick.lit'
                     to='starbuck@moby-dick.lit'
                     type='headline'
                     id='foo'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='841f3c8955c4c41a0cf99620d78a33b996659ded'>
                  <item>
                    <nick xmlns='http://jabber.org/protocol/nick'>CallMeIshmael</nick>
                  </item>
                </items>
              </event>
              <addresses xmlns='http://jabber.org/protocol/address'>
                <address type='replyto' jid='narrator@moby-dick.lit/pda'/>
              </addresses>
            </message>
            .
            .
            .""";

    // XEP-0172 example "Nickname Change Notification via Message" (line 259 of xep-0172.xml), verbatim.
    public static final String NICKNAME_CHANGE_NOTIFICATION_VIA_MESSAGE = """
            <message from='narrator@moby-dick.lit/pda' to='starbuck@moby-dick.lit'>
              <nick xmlns='http://jabber.org/protocol/nick'>CallMeIshmael</nick>
            </message>
            .
            .
            .""";

    private Xep0172Examples() {
    }
}
