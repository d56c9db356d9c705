package im.parley.xmpp.ext.pie;

/** The examples of XEP-0227 1.1, copied verbatim from the XEP (tabs and all). */
final class Xep0227Examples {
    private Xep0227Examples() {
    }

    /** Including a user's SCRAM credentials */
    static final String SCRAM = """
<?xml version='1.0' encoding='UTF-8'?>
<server-data xmlns='urn:xmpp:pie:0'>
  <host jid='capulet.com'>
    <user name='juliet'>
      <scram-credentials xmlns='urn:xmpp:pie:0#scram' mechanism='SCRAM-SHA-1'>
        <iter-count>100000</iter-count>
        <salt>TmFDbE5hQ2xOYUNsTmFDbE5hQ2xOYUNsTmFDbE5hQ2xOYUNsTmFDbE5hQ2wK</salt>
        <server-key>0pXWGK0GZJ6TR73AIUN3ITYtA1g=</server-key>
        <stored-key>Q6qT/SbybblGCZz8e8eSfCJOQic=</stored-key>
      </scram-credentials>
    </user>
  </host>
</server-data>""";

    /** The roster */
    static final String ROSTER = """
<?xml version='1.0' encoding='UTF-8'?>
<server-data xmlns='urn:xmpp:pie:0'>
  <host jid='capulet.com'>
    <user name='juliet'>
      <query xmlns='jabber:iq:roster'>
        <item jid='romeo@montague.net'
              name='Romeo'
              subscription='both'>
          <group>Friends</group>
        </item>
      </query>
    </user>
  </host>
</server-data>""";

    /** Offline messages */
    static final String OFFLINE = """
<?xml version='1.0' encoding='UTF-8'?>
<server-data xmlns='urn:xmpp:pie:0'>
  <host jid='capulet.com'>
    <user name='juliet'>
      <offline-messages>
        <message xmlns='jabber:client'
\t         from='romeo@montague.net/orchard'
\t         to='juliet@capulet.com/balcony'
\t\t type='chat'>
\t  <body>Neither, fair saint, if either thee dislike.</body>
\t  <delay xmlns='urn:xmpp:delay'
\t         from='capulet.com'
\t\t stamp='1469-07-21T00:32:29Z'>
\t    Offline Storage
\t  </delay>
\t</message>
      </offline-messages>
    </user>
  </host>
</server-data>""";

    /** Private XML Storage */
    static final String PRIVATE = """
<?xml version='1.0' encoding='UTF-8'?>
<server-data xmlns='urn:xmpp:pie:0'>
  <host jid='shakespeare.lit'>
    <user name='hamlet'>
      <query xmlns="jabber:iq:private">
\t<exodus xmlns="exodus:prefs">
\t  <defaultnick>Hamlet</defaultnick>
\t</exodus>
      </query>
    </user>
  </host>
</server-data>""";

    /** vCards */
    static final String VCARDS = """
<?xml version='1.0' encoding='UTF-8'?>
<server-data xmlns='urn:xmpp:pie:0'>
  <host jid='capulet.com'>
    <user name='juliet'>
      <vCard xmlns='vcard-temp'>
        <FN>Juliet Capulet</FN>
      </vCard>
    </user>
  </host>
</server-data>""";

    /** Privacy lists */
    static final String PRIVACY = """
<?xml version='1.0' encoding='UTF-8'?>
<server-data xmlns='urn:xmpp:pie:0'>
  <host jid='capulet.com'>
    <user name='juliet'>
      <query xmlns='jabber:iq:privacy'>
        <default name='public'/>
        <list name='public'>
          <item type='jid'
                value='tybalt@example.com'
                action='deny'
                order='1'/>
          <item action='allow' order='2'/>
        </list>
        <list name='private'>
          <item type='subscription'
                value='both'
                action='allow'
                order='10'/>
          <item action='deny' order='15'/>
        </list>
      </query>
    </user>
  </host>
</server-data>""";

    /** Incoming subscription requests */
    static final String SUBSCRIPTIONS = """
<?xml version='1.0' encoding='UTF-8'?>
<server-data xmlns='urn:xmpp:pie:0'>
  <host jid='capulet.com'>
    <user name='juliet'>
      <presence xmlns='jabber:client'
                type='subscribe'
                id='xk3h1v69'
                from='romeo@montague.net'>
        <nick xmlns="http://jabber.org/protocol/nick">Romeo</nick>
      </presence>
      <presence xmlns='jabber:client'
                type='subscribe'
                from='mercutio@montague.net'/>
    </user>
  </host>
</server-data>""";

    /** Romeo's exported PEP data */
    static final String PEP = """
<?xml version='1.0' encoding='UTF-8'?>
<server-data xmlns='urn:xmpp:pie:0'>
  <host jid='capulet.com'>
    <user name='romeo'>
      <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
        <configure node='urn:xmpp:bookmarks:1'>
          <x xmlns='jabber:x:data' type='form'>
            <field var='FORM_TYPE' type='hidden'>
              <value>http://jabber.org/protocol/pubsub#node_config</value>
            </field>
            <field var='pubsub#access_model'>
              <value>whitelist</value>
            </field>
          </x>
        </configure>
        <affiliations node='urn:xmpp:bookmarks:1'>
          <affiliation jid='mercutio@example.net' affiliation='member'/>
        </affiliations>
        <subscriptions node='urn:xmpp:bookmarks:1'>
          <subscription jid='mercutio@example.net' subscription='subscribed' subid='123-abc'/>
        </subscriptions>
        <configure node='http://jabber.org/protocol/nick'>
          <x xmlns='jabber:x:data' type='form'>
            <field var='FORM_TYPE' type='hidden'>
              <value>http://jabber.org/protocol/pubsub#node_config</value>
            </field>
            <field var='pubsub#access_model'>
              <value>open</value>
            </field>
          </x>
        </configure>
      </pubsub>
      <pubsub xmlns='http://jabber.org/protocol/pubsub'>
        <items node='urn:xmpp:bookmarks:1'>
          <item id='theplay@conference.shakespeare.lit'>
            <conference xmlns='urn:xmpp:bookmarks:1'
                      name='The Play&apos;s the Thing'
                      autojoin='true'>
              <nick>Romeo</nick>
            </conference>
          </item>
          <item id='orchard@conference.shakespeare.lit'>
            <conference xmlns='urn:xmpp:bookmarks:1'
                      name='The Orchard'
                      autojoin='1'>
              <nick>Romeo</nick>
            </conference>
          </item>
        </items>
        <items node='http://jabber.org/protocol/nick'>
          <item id='current'>
            <nick xmlns='http://jabber.org/protocol/nick'>Romy</nick>
          </item>
        </items>
      </pubsub>
    </user>
  </host>
</server-data>""";

    /** Juliet's exported message archive */
    static final String ARCHIVE = """
<?xml version='1.0' encoding='UTF-8'?>
<server-data xmlns='urn:xmpp:pie:0'>
  <host jid='capulet.com'>
    <user name='juliet'>
      <archive xmlns='urn:xmpp:pie:0#mam'>
        <result xmlns='urn:xmpp:mam:2' id='28482-98726-73623'>
            <forwarded xmlns='urn:xmpp:forward:0'>
              <delay xmlns='urn:xmpp:delay' stamp='2010-07-10T23:08:25Z'/>
              <message xmlns='jabber:client'
                to='juliet@capulet.lit/balcony'
                from='romeo@montague.lit/orchard'
                type='chat'>
                <body>Call me but love, and I'll be new baptized; Henceforth I never will be Romeo.</body>
              </message>
            </forwarded>
          </result>
          <result xmlns='urn:xmpp:mam:2' id='5d398-28273-f7382'>
            <forwarded xmlns='urn:xmpp:forward:0'>
              <delay xmlns='urn:xmpp:delay' stamp='2010-07-10T23:09:32Z'/>
              <message xmlns='jabber:client'
                 to='romeo@montague.lit/orchard'
                 from='juliet@capulet.lit/balcony'
                 type='chat' id='8a54s'>
                <body>What man art thou that thus bescreen'd in night so stumblest on my counsel?</body>
              </message>
            </forwarded>
          </result>
      </archive>
    </user>
  </host>
</server-data>""";

    /** The main file, which includes host files */
    static final String XINCLUDE = """
<?xml version='1.0' encoding='UTF-8'?>
<server-data xmlns='urn:xmpp:pie:0'
             xmlns:xi='http://www.w3.org/2001/XInclude'>
  <xi:include href='capulet.com.xml'/>
  <xi:include href='montague.net.xml'/>
</server-data>""";
}
