package im.parley.xmpp.ext.pubsub;

/** Examples of XEP-0060, copied from the XEP as they are (shared/specs/xeps/xep-0060.xml). */
public final class Xep0060Examples {
    // XEP-0060 example "Publisher Publishes a New Weblog Entry" (line 644 of xep-0060.xml), verbatim.
    public static final String PUBLISHER_PUBLISHES_A_NEW_WEBLOG_ENTRY = """
            <iq type='set'
                from='hamlet@denmark.lit/blogbot'
                to='pubsub.shakespeare.lit'
                id='pub1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='princely_musings'>
                  <item>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Soliloquy</title>
                      <summary>
            To be, or not to be: that is the question:
            Whether 'tis nobler in the mind to suffer
            The slings and arrows of outrageous fortune,
            Or to take arms against a sea of troubles,
            And by opposing end them?
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32397</id>
                      <published>2003-12-13T18:30:02Z</published>
                      <updated>2003-12-13T18:30:02Z</updated>
                    </entry>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service Notifies Subscribers" (line 674 of xep-0060.xml), verbatim.
    public static final String SERVICE_NOTIFIES_SUBSCRIBERS = """
            <message from='pubsub.shakespeare.lit' to='francisco@denmark.lit' id='foo'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'>
                    [ ... ENTRY ... ]
                  </item>
                </items>
              </event>
            </message>

            <message from='pubsub.shakespeare.lit' to='bernardo@denmark.lit' id='bar'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'>
                    [ ... ENTRY ... ]
                  </item>
                </items>
              </event>
            </message>

            <message from='pubsub.shakespeare.lit' to='horatio@denmark.lit' id='baz'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'>
                    [ ... ENTRY ... ]
                  </item>
                </items>
              </event>
            </message>

            <message from='pubsub.shakespeare.lit' to='bard@shakespeare.lit' id='fez'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'>
                    [ ... ENTRY ... ]
                  </item>
                </items>
              </event>
            </message>""";

    // XEP-0060 example "A Transient Notification" (line 716 of xep-0060.xml), verbatim.
    public static final String A_TRANSIENT_NOTIFICATION = """
            <message from='pubsub.shakespeare.lit' to='francisco@denmark.lit'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='elsinore/doorbell'/>
              </event>
            </message>""";

    // XEP-0060 example "Entity requests all current subscriptions" (line 1228 of xep-0060.xml), verbatim.
    public static final String ENTITY_REQUESTS_ALL_CURRENT_SUBSCRIPTIONS = """
            <iq type='get'
                from='francisco@denmark.lit/barracks'
                to='pubsub.shakespeare.lit'
                id='subscriptions1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <subscriptions/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service returns all current subscriptions" (line 1240 of xep-0060.xml), verbatim.
    public static final String SERVICE_RETURNS_ALL_CURRENT_SUBSCRIPTIONS = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit'
                id='subscriptions1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <subscriptions>
                  <subscription node='node1' jid='francisco@denmark.lit' subscription='subscribed'/>
                  <subscription node='node2' jid='francisco@denmark.lit' subscription='subscribed'/>
                  <subscription node='node5' jid='francisco@denmark.lit' subscription='unconfigured'/>
                  <subscription node='node6' jid='francisco@denmark.lit' subscription='subscribed' subid='123-abc'/>
                  <subscription node='node6' jid='francisco@denmark.lit' subscription='subscribed' subid='004-yyy'/>
                </subscriptions>
              </pubsub>
            </iq>""";

    // XEP-0060 example "No subscriptions" (line 1257 of xep-0060.xml), verbatim.
    public static final String NO_SUBSCRIPTIONS = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='subscriptions1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <subscriptions/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Entity requests current subscriptions from a specific node" (line 1281 of xep-0060.xml), verbatim.
    public static final String ENTITY_REQUESTS_CURRENT_SUBSCRIPTIONS_FROM_A_SPECIFIC_NODE = """
            <iq type='get'
                from='francisco@denmark.lit/barracks'
                to='pubsub.shakespeare.lit'
                id='subscriptions2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <subscriptions node='princely_musings'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service returns all current subscriptions to a specific node" (line 1292 of xep-0060.xml), verbatim.
    public static final String SERVICE_RETURNS_ALL_CURRENT_SUBSCRIPTIONS_TO_A_SPECIFIC_NODE = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit'
                id='subscriptions2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <subscriptions node='node6'>
                  <subscription node='node6' jid='francisco@denmark.lit' subscription='subscribed' subid='123-abc'/>
                  <subscription node='node6' jid='francisco@denmark.lit' subscription='subscribed' subid='004-yyy'/>
                </subscriptions>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Entity requests all current affiliations" (line 1309 of xep-0060.xml), verbatim.
    public static final String ENTITY_REQUESTS_ALL_CURRENT_AFFILIATIONS = """
            <iq type='get'
                from='francisco@denmark.lit/barracks'
                to='pubsub.shakespeare.lit'
                id='affil1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <affiliations/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service replies with all current affiliations" (line 1321 of xep-0060.xml), verbatim.
    public static final String SERVICE_REPLIES_WITH_ALL_CURRENT_AFFILIATIONS = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit'
                id='affil1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <affiliations>
                  <affiliation node='node1' affiliation='owner'/>
                  <affiliation node='node2' affiliation='publisher'/>
                  <affiliation node='node5' affiliation='outcast'/>
                  <affiliation node='node6' affiliation='owner'/>
                </affiliations>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Entity requests affiliation at a specific node" (line 1361 of xep-0060.xml), verbatim.
    public static final String ENTITY_REQUESTS_AFFILIATION_AT_A_SPECIFIC_NODE = """
            <iq type='get'
                from='francisco@denmark.lit/barracks'
                to='pubsub.shakespeare.lit'
                id='affil2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <affiliations node='node6'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service replies with current affiliation" (line 1371 of xep-0060.xml), verbatim.
    public static final String SERVICE_REPLIES_WITH_CURRENT_AFFILIATION = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit'
                id='affil2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <affiliations>
                  <affiliation node='node6' affiliation='owner'/>
                </affiliations>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Entity subscribes to a node" (line 1394 of xep-0060.xml), verbatim.
    public static final String ENTITY_SUBSCRIBES_TO_A_NODE = """
            <iq type='set'
                from='francisco@denmark.lit/barracks'
                to='pubsub.shakespeare.lit'
                id='sub1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <subscribe
                    node='princely_musings'
                    jid='francisco@denmark.lit'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service replies with success" (line 1409 of xep-0060.xml), verbatim.
    public static final String SERVICE_REPLIES_WITH_SUCCESS = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='sub1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <subscription
                    node='princely_musings'
                    jid='francisco@denmark.lit'
                    subid='ba49252aaa4f5d320c24d3766f0bdcade78c78d3'
                    subscription='subscribed'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "JIDs do not match" (line 1444 of xep-0060.xml), verbatim.
    public static final String JIDS_DO_NOT_MATCH = """
            <iq type='error'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='sub1'>
              <error type='modify'>
                <bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                <invalid-jid xmlns='http://jabber.org/protocol/pubsub#errors'/>
              </error>
            </iq>""";

    // XEP-0060 example "Entity is not authorized to create a subscription (presence subscription required)" (line 1459 of xep-0060.xml), verbatim.
    public static final String ENTITY_IS_NOT_AUTHORIZED_TO_CREATE_A_SUBSCRIPTION_PRESENCE_SUBSCRIPTION_REQUIRED = """
            <iq type='error'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='sub1'>
              <error type='auth'>
                <not-authorized xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                <presence-subscription-required xmlns='http://jabber.org/protocol/pubsub#errors'/>
              </error>
            </iq>""";

    // XEP-0060 example "Requesting entity has pending subscription" (line 1527 of xep-0060.xml), verbatim.
    public static final String REQUESTING_ENTITY_HAS_PENDING_SUBSCRIPTION = """
            <iq type='error'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='sub1'>
              <error type='auth'>
                <not-authorized xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                <pending-subscription xmlns='http://jabber.org/protocol/pubsub#errors'/>
              </error>
            </iq>""";

    // XEP-0060 example "Subscribing not supported" (line 1569 of xep-0060.xml), verbatim.
    public static final String SUBSCRIBING_NOT_SUPPORTED = """
            <iq type='error'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='sub1'>
              <error type='cancel'>
                <feature-not-implemented xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                <unsupported xmlns='http://jabber.org/protocol/pubsub#errors'
                             feature='subscribe'/>
              </error>
            </iq>""";

    // XEP-0060 example "Service replies with pending" (line 1613 of xep-0060.xml), verbatim.
    public static final String SERVICE_REPLIES_WITH_PENDING = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='sub1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <subscription
                    node='princely_musings'
                    jid='francisco@denmark.lit'
                    subscription='pending'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service replies with success and indicates that subscription configuration is required" (line 1629 of xep-0060.xml), verbatim.
    public static final String SERVICE_REPLIES_WITH_SUCCESS_AND_INDICATES_THAT_SUBSCRIPTION_CONFIGURATION_IS_REQUIRED = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='sub1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <subscription
                    node='princely_musings'
                    jid='francisco@denmark.lit'
                    subscription='unconfigured'>
                  <subscribe-options>
                    <required/>
                  </subscribe-options>
                </subscription>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service returns error specifying that subscription configuration is required" (line 1648 of xep-0060.xml), verbatim.
    public static final String SERVICE_RETURNS_ERROR_SPECIFYING_THAT_SUBSCRIPTION_CONFIGURATION_IS_REQUIRED = """
            <iq type='error'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='sub1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <subscribe
                    node='princely_musings'
                    jid='francisco@denmark.lit'/>
                <options node='princely_musings' jid='francisco@denmark.lit'>
                  <x xmlns='jabber:x:data' type='submit'>
                    <field var='FORM_TYPE' type='hidden'>
                      <value>http://jabber.org/protocol/pubsub#subscribe_options</value>
                    </field>
                    <field var='pubsub#deliver'><value>1</value></field>
                    <field var='pubsub#digest'><value>0</value></field>
                    <field var='pubsub#include_body'><value>false</value></field>
                    <field var='pubsub#show-values'>
                      <value>chat</value>
                      <value>online</value>
                      <value>away</value>
                    </field>
                  </x>
                </options>
              </pubsub>
              <error type='modify'>
                <not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                <configuration-required xmlns='http://jabber.org/protocol/pubsub#errors'/>
              </error>
            </iq>""";

    // XEP-0060 example "Service replies with success and indicates that subscription options are supported but not required" (line 1680 of xep-0060.xml), verbatim.
    public static final String SERVICE_REPLIES_WITH_SUCCESS_AND_INDICATES_THAT_SUBSCRIPTION_OPTIONS_ARE_SUPPORTED_BUT_NOT_REQUIRED = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='sub1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <subscription
                    node='princely_musings'
                    jid='francisco@denmark.lit'
                    subscription='unconfigured'>
                  <subscribe-options/>
                </subscription>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service sends last published item" (line 1703 of xep-0060.xml), verbatim.
    public static final String SERVICE_SENDS_LAST_PUBLISHED_ITEM = """
            <message from='pubsub.shakespeare.lit' to='francisco@denmark.lit'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Soliloquy</title>
                      <summary>
            To be, or not to be: that is the question:
            Whether 'tis nobler in the mind to suffer
            The slings and arrows of outrageous fortune,
            Or to take arms against a sea of troubles,
            And by opposing end them?
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32397</id>
                      <published>2003-12-13T18:30:02Z</published>
                      <updated>2003-12-13T18:30:02Z</updated>
                    </entry>
                  </item>
                </items>
              </event>
              <delay xmlns='urn:xmpp:delay' stamp='2003-12-13T23:58:37Z'/>
            </message>""";

    // XEP-0060 example "Entity unsubscribes from a node" (line 1736 of xep-0060.xml), verbatim.
    public static final String ENTITY_UNSUBSCRIBES_FROM_A_NODE = """
            <iq type='set'
                from='francisco@denmark.lit/barracks'
                to='pubsub.shakespeare.lit'
                id='unsub1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <unsubscribe
                    node='princely_musings'
                    jid='francisco@denmark.lit'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service replies with success" (line 1751 of xep-0060.xml), verbatim.
    public static final String SERVICE_REPLIES_WITH_SUCCESS_2 = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='unsub1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <subscription
                    node='princely_musings'
                    jid='francisco@denmark.lit'
                    subscription='none'
                    subid='ba49252aaa4f5d320c24d3766f0bdcade78c78d3'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Entity did not specify SubID" (line 1778 of xep-0060.xml), verbatim.
    public static final String ENTITY_DID_NOT_SPECIFY_SUBID = """
            <iq type='error'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='unsub1'>
              <error type='modify'>
                <bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                <subid-required xmlns='http://jabber.org/protocol/pubsub#errors'/>
              </error>
            </iq>""";

    // XEP-0060 example "Invalid subscription identifier" (line 1832 of xep-0060.xml), verbatim.
    public static final String INVALID_SUBSCRIPTION_IDENTIFIER = """
            <iq type='error'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='unsub1'>
              <error type='modify'>
                <not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                <invalid-subid xmlns='http://jabber.org/protocol/pubsub#errors'/>
              </error>
            </iq>""";

    // XEP-0060 example "Subscriber requests subscription options form" (line 1865 of xep-0060.xml), verbatim.
    public static final String SUBSCRIBER_REQUESTS_SUBSCRIPTION_OPTIONS_FORM = """
            <iq type='get'
                from='francisco@denmark.lit/barracks'
                to='pubsub.shakespeare.lit'
                id='options1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <options node='princely_musings' jid='francisco@denmark.lit'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service responds with the options form" (line 1878 of xep-0060.xml), verbatim.
    public static final String SERVICE_RESPONDS_WITH_THE_OPTIONS_FORM = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='options1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <options node='princely_musings' jid='francisco@denmark.lit'>
                  <x xmlns='jabber:x:data' type='form'>
                    <field var='FORM_TYPE' type='hidden'>
                      <value>http://jabber.org/protocol/pubsub#subscribe_options</value>
                    </field>
                    <field var='pubsub#deliver' type='boolean'
                           label='Enable delivery?'>
                      <value>1</value>
                    </field>
                    <field var='pubsub#digest' type='boolean'
                           label='Receive digest notifications (approx. one per day)?'>
                      <value>0</value>
                    </field>
                    <field var='pubsub#include_body' type='boolean'
                           label='Receive message body in addition to payload?'>
                      <value>false</value>
                    </field>
                    <field
                        var='pubsub#show-values'
                        type='list-multi'
                        label='Select the presence types which are
                               allowed to receive event notifications'>
                      <option label='Want to Chat'><value>chat</value></option>
                      <option label='Available'><value>online</value></option>
                      <option label='Away'><value>away</value></option>
                      <option label='Extended Away'><value>xa</value></option>
                      <option label='Do Not Disturb'><value>dnd</value></option>
                      <value>chat</value>
                      <value>online</value>
                    </field>
                  </x>
                </options>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Subscriber submits completed options form" (line 2035 of xep-0060.xml), verbatim.
    public static final String SUBSCRIBER_SUBMITS_COMPLETED_OPTIONS_FORM = """
            <iq type='set'
                from='francisco@denmark.lit/barracks'
                to='pubsub.shakespeare.lit'
                id='options2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <options node='princely_musings' jid='francisco@denmark.lit'>
                  <x xmlns='jabber:x:data' type='submit'>
                    <field var='FORM_TYPE' type='hidden'>
                      <value>http://jabber.org/protocol/pubsub#subscribe_options</value>
                    </field>
                    <field var='pubsub#deliver'><value>1</value></field>
                    <field var='pubsub#digest'><value>0</value></field>
                    <field var='pubsub#include_body'><value>false</value></field>
                    <field var='pubsub#show-values'>
                      <value>chat</value>
                      <value>online</value>
                      <value>away</value>
                    </field>
                  </x>
                </options>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service responds with Bad Request for invalid options" (line 2072 of xep-0060.xml), verbatim.
    public static final String SERVICE_RESPONDS_WITH_BAD_REQUEST_FOR_INVALID_OPTIONS = """
            <iq type='error'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='options2'>
              <error type='modify'>
                <bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                <invalid-options xmlns='http://jabber.org/protocol/pubsub#errors'/>
              </error>
            </iq>""";

    // XEP-0060 example "Entity subscribes to node and sets configuration options" (line 2089 of xep-0060.xml), verbatim.
    public static final String ENTITY_SUBSCRIBES_TO_NODE_AND_SETS_CONFIGURATION_OPTIONS = """
            <iq type='set'
                from='francisco@denmark.lit/barracks'
                to='pubsub.shakespeare.lit'
                id='sub1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <subscribe node='princely_musings' jid='francisco@denmark.lit'/>
                <options>
                  <x xmlns='jabber:x:data' type='submit'>
                    <field var='FORM_TYPE' type='hidden'>
                      <value>http://jabber.org/protocol/pubsub#subscribe_options</value>
                    </field>
                    <field var='pubsub#deliver'><value>1</value></field>
                    <field var='pubsub#digest'><value>0</value></field>
                    <field var='pubsub#include_body'><value>false</value></field>
                    <field var='pubsub#show-values'>
                      <value>chat</value>
                      <value>online</value>
                      <value>away</value>
                    </field>
                  </x>
                </options>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service replies with success (including configuration options)" (line 2115 of xep-0060.xml), verbatim.
    public static final String SERVICE_REPLIES_WITH_SUCCESS_INCLUDING_CONFIGURATION_OPTIONS = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='sub1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <subscription
                    node='princely_musings'
                    jid='francisco@denmark.lit'
                    subid='ba49252aaa4f5d320c24d3766f0bdcade78c78d3'
                    subscription='subscribed'/>
                <options>
                  <x xmlns='jabber:x:data' type='result'>
                    <field var='FORM_TYPE' type='hidden'>
                      <value>http://jabber.org/protocol/pubsub#subscribe_options</value>
                    </field>
                    <field var='pubsub#deliver'><value>1</value></field>
                    <field var='pubsub#digest'><value>0</value></field>
                    <field var='pubsub#include_body'><value>false</value></field>
                    <field var='pubsub#show-values'>
                      <value>chat</value>
                      <value>online</value>
                      <value>away</value>
                    </field>
                  </x>
                </options>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Entity requests default subscription configuration options" (line 2162 of xep-0060.xml), verbatim.
    public static final String ENTITY_REQUESTS_DEFAULT_SUBSCRIPTION_CONFIGURATION_OPTIONS = """
            <iq type='get'
                from='francisco@denmark.lit/barracks'
                to='pubsub.shakespeare.lit'
                id='def2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <default/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service responds with default subscription configuration options" (line 2175 of xep-0060.xml), verbatim.
    public static final String SERVICE_RESPONDS_WITH_DEFAULT_SUBSCRIPTION_CONFIGURATION_OPTIONS = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='def1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <default node='princely_musings'>
                  <x xmlns='jabber:x:data' type='result'>
                    <field var='FORM_TYPE' type='hidden'>
                      <value>http://jabber.org/protocol/pubsub#subscribe_options</value>
                    </field>
                    <field var='pubsub#deliver'><value>1</value></field>
                    <field var='pubsub#digest'><value>0</value></field>
                    <field var='pubsub#include_body'><value>false</value></field>
                    <field var='pubsub#show-values'>
                      <value>chat</value>
                      <value>online</value>
                      <value>away</value>
                    </field>
                  </x>
                </default>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Subscriber requests all items" (line 2253 of xep-0060.xml), verbatim.
    public static final String SUBSCRIBER_REQUESTS_ALL_ITEMS = """
            <iq type='get'
                from='francisco@denmark.lit/barracks'
                to='pubsub.shakespeare.lit'
                id='items1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <items node='princely_musings'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service returns all items" (line 2266 of xep-0060.xml), verbatim.
    public static final String SERVICE_RETURNS_ALL_ITEMS = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='items1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <items node='princely_musings'>
                  <item id='368866411b877c30064a5f62b917cffe'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>The Uses of This World</title>
                      <summary>
            O, that this too too solid flesh would melt
            Thaw and resolve itself into a dew!
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32396</id>
                      <published>2003-12-12T17:47:23Z</published>
                      <updated>2003-12-12T17:47:23Z</updated>
                    </entry>
                  </item>
                  <item id='3300659945416e274474e469a1f0154c'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Ghostly Encounters</title>
                      <summary>
            O all you host of heaven! O earth! what else?
            And shall I couple hell? O, fie! Hold, hold, my heart;
            And you, my sinews, grow not instant old,
            But bear me stiffly up. Remember thee!
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32396</id>
                      <published>2003-12-12T23:21:34Z</published>
                      <updated>2003-12-12T23:21:34Z</updated>
                    </entry>
                  </item>
                  <item id='4e30f35051b7b8b42abe083742187228'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Alone</title>
                      <summary>
            Now I am alone.
            O, what a rogue and peasant slave am I!
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32396</id>
                      <published>2003-12-13T11:09:53Z</published>
                      <updated>2003-12-13T11:09:53Z</updated>
                    </entry>
                  </item>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Soliloquy</title>
                      <summary>
            To be, or not to be: that is the question:
            Whether 'tis nobler in the mind to suffer
            The slings and arrows of outrageous fortune,
            Or to take arms against a sea of troubles,
            And by opposing end them?
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32397</id>
                      <published>2003-12-13T18:30:02Z</published>
                      <updated>2003-12-13T18:30:02Z</updated>
                    </entry>
                  </item>
                </items>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service returns some items via result set management" (line 2342 of xep-0060.xml), verbatim.
    public static final String SERVICE_RETURNS_SOME_ITEMS_VIA_RESULT_SET_MANAGEMENT = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='items1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <items node='princely_musings'>
                  <item id='368866411b877c30064a5f62b917cffe'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>The Uses of This World</title>
                      <summary>
            O, that this too too solid flesh would melt
            Thaw and resolve itself into a dew!
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32396</id>
                      <published>2003-12-12T17:47:23Z</published>
                      <updated>2003-12-12T17:47:23Z</updated>
                    </entry>
                  </item>
                  <item id='3300659945416e274474e469a1f0154c'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Ghostly Encounters</title>
                      <summary>
            O all you host of heaven! O earth! what else?
            And shall I couple hell? O, fie! Hold, hold, my heart;
            And you, my sinews, grow not instant old,
            But bear me stiffly up. Remember thee!
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32396</id>
                      <published>2003-12-12T23:21:34Z</published>
                      <updated>2003-12-12T23:21:34Z</updated>
                    </entry>
                  </item>
                  <item id='4e30f35051b7b8b42abe083742187228'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Alone</title>
                      <summary>
            Now I am alone.
            O, what a rogue and peasant slave am I!
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32396</id>
                      <published>2003-12-13T11:09:53Z</published>
                      <updated>2003-12-13T11:09:53Z</updated>
                    </entry>
                  </item>
                </items>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <first index='0'>368866411b877c30064a5f62b917cffe</first>
                  <last>4e30f35051b7b8b42abe083742187228</last>
                  <count>19</count>
                </set>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service returns last published item" (line 2405 of xep-0060.xml), verbatim.
    public static final String SERVICE_RETURNS_LAST_PUBLISHED_ITEM = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='items1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <items node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Soliloquy</title>
                      <summary>
            To be, or not to be: that is the question:
            Whether 'tis nobler in the mind to suffer
            The slings and arrows of outrageous fortune,
            Or to take arms against a sea of troubles,
            And by opposing end them?
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32397</id>
                      <published>2003-12-13T18:30:02Z</published>
                      <updated>2003-12-13T18:30:02Z</updated>
                    </entry>
                  </item>
                </items>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Subscriber requests specific items by ItemID" (line 2436 of xep-0060.xml), verbatim.
    public static final String SUBSCRIBER_REQUESTS_SPECIFIC_ITEMS_BY_ITEMID = """
            <iq type='get'
                from='francisco@denmark.lit/barracks'
                to='pubsub.shakespeare.lit'
                id='items3'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <items node='princely_musings'>
                  <item id='368866411b877c30064a5f62b917cffe'/>
                  <item id='4e30f35051b7b8b42abe083742187228'/>
                </items>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service sends requested item(s)" (line 2449 of xep-0060.xml), verbatim.
    public static final String SERVICE_SENDS_REQUESTED_ITEM_S = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                id='items3'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <items node='princely_musings'>
                  <item id='368866411b877c30064a5f62b917cffe'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>The Uses of This World</title>
                      <summary>
            O, that this too too solid flesh would melt
            Thaw and resolve itself into a dew!
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32396</id>
                      <published>2003-12-12T17:47:23Z</published>
                      <updated>2003-12-12T17:47:23Z</updated>
                    </entry>
                  </item>
                  <item id='4e30f35051b7b8b42abe083742187228'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Alone</title>
                      <summary>
            Now I am alone.
            O, what a rogue and peasant slave am I!
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32396</id>
                      <published>2003-12-13T11:09:53Z</published>
                      <updated>2003-12-13T11:09:53Z</updated>
                    </entry>
                  </item>
                </items>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Subscriber requests two most recent items" (line 2490 of xep-0060.xml), verbatim.
    public static final String SUBSCRIBER_REQUESTS_TWO_MOST_RECENT_ITEMS = """
            <iq type='get'
                from='francisco@denmark.lit/barracks'
                to='pubsub.shakespeare.lit'
                id='items2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <items node='princely_musings' max_items='2'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service returns two most recent items" (line 2500 of xep-0060.xml), verbatim.
    public static final String SERVICE_RETURNS_TWO_MOST_RECENT_ITEMS = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='items2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <items node='princely_musings'>
                  <item id='4e30f35051b7b8b42abe083742187228'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Alone</title>
                      <summary>
            Now I am alone.
            O, what a rogue and peasant slave am I!
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32396</id>
                      <published>2003-12-13T11:09:53Z</published>
                      <updated>2003-12-13T11:09:53Z</updated>
                    </entry>
                  </item>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Soliloquy</title>
                      <summary>
            To be, or not to be: that is the question:
            Whether 'tis nobler in the mind to suffer
            The slings and arrows of outrageous fortune,
            Or to take arms against a sea of troubles,
            And by opposing end them?
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32397</id>
                      <published>2003-12-13T18:30:02Z</published>
                      <updated>2003-12-13T18:30:02Z</updated>
                    </entry>
                  </item>
                </items>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service returns no items if it has none" (line 2543 of xep-0060.xml), verbatim.
    public static final String SERVICE_RETURNS_NO_ITEMS_IF_IT_HAS_NONE = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='francisco@denmark.lit/barracks'
                id='items2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <items node='princely_musings'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Publisher publishes an item with an ItemID" (line 2766 of xep-0060.xml), verbatim.
    public static final String PUBLISHER_PUBLISHES_AN_ITEM_WITH_AN_ITEMID = """
            <iq type='set'
                from='hamlet@denmark.lit/blogbot'
                to='pubsub.shakespeare.lit'
                id='publish1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='princely_musings'>
                  <item id='bnd81g37d61f49fgn581'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Soliloquy</title>
                      <summary>
            To be, or not to be: that is the question:
            Whether 'tis nobler in the mind to suffer
            The slings and arrows of outrageous fortune,
            Or to take arms against a sea of troubles,
            And by opposing end them?
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32397</id>
                      <published>2003-12-13T18:30:02Z</published>
                      <updated>2003-12-13T18:30:02Z</updated>
                    </entry>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Publisher publishes an item without an ItemID" (line 2794 of xep-0060.xml), verbatim.
    public static final String PUBLISHER_PUBLISHES_AN_ITEM_WITHOUT_AN_ITEMID = """
            <iq type='set'
                from='hamlet@denmark.lit/blogbot'
                to='pubsub.shakespeare.lit'
                id='publish2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='princely_musings'>
                  <item>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Soliloquy</title>
                      <summary>
            To be, or not to be: that is the question:
            Whether 'tis nobler in the mind to suffer
            The slings and arrows of outrageous fortune,
            Or to take arms against a sea of troubles,
            And by opposing end them?
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32397</id>
                      <published>2003-12-13T18:30:02Z</published>
                      <updated>2003-12-13T18:30:02Z</updated>
                    </entry>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service replies with success" (line 2825 of xep-0060.xml), verbatim.
    public static final String SERVICE_REPLIES_WITH_SUCCESS_3 = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='hamlet@denmark.lit/blogbot'
                id='publish1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='princely_musings'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service replies with success and the ID of the new item" (line 2835 of xep-0060.xml), verbatim.
    public static final String SERVICE_REPLIES_WITH_SUCCESS_AND_THE_ID_OF_THE_NEW_ITEM = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='hamlet@denmark.lit/blogbot'
                id='publish2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'/>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Subscribers receive event notifications with payloads" (line 2852 of xep-0060.xml), verbatim.
    public static final String SUBSCRIBERS_RECEIVE_EVENT_NOTIFICATIONS_WITH_PAYLOADS = """
            <message from='pubsub.shakespeare.lit' to='francisco@denmark.lit' id='foo'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Soliloquy</title>
                      <summary>
            To be, or not to be: that is the question:
            Whether 'tis nobler in the mind to suffer
            The slings and arrows of outrageous fortune,
            Or to take arms against a sea of troubles,
            And by opposing end them?
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32397</id>
                      <published>2003-12-13T18:30:02Z</published>
                      <updated>2003-12-13T18:30:02Z</updated>
                    </entry>
                  </item>
                </items>
              </event>
            </message>

            <message from='pubsub.shakespeare.lit' to='bernardo@denmark.lit' id='bar'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Soliloquy</title>
                      <summary>
            To be, or not to be: that is the question:
            Whether 'tis nobler in the mind to suffer
            The slings and arrows of outrageous fortune,
            Or to take arms against a sea of troubles,
            And by opposing end them?
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32397</id>
                      <published>2003-12-13T18:30:02Z</published>
                      <updated>2003-12-13T18:30:02Z</updated>
                    </entry>
                  </item>
                </items>
              </event>
            </message>

            <message from='pubsub.shakespeare.lit' to='horatio@denmark.lit' id='baz'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Soliloquy</title>
                      <summary>
            To be, or not to be: that is the question:
            Whether 'tis nobler in the mind to suffer
            The slings and arrows of outrageous fortune,
            Or to take arms against a sea of troubles,
            And by opposing end them?
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32397</id>
                      <published>2003-12-13T18:30:02Z</published>
                      <updated>2003-12-13T18:30:02Z</updated>
                    </entry>
                  </item>
                </items>
              </event>
            </message>

            <message from='pubsub.shakespeare.lit' to='bard@shakespeare.lit' id='fez'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Soliloquy</title>
                      <summary>
            To be, or not to be: that is the question:
            Whether 'tis nobler in the mind to suffer
            The slings and arrows of outrageous fortune,
            Or to take arms against a sea of troubles,
            And by opposing end them?
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32397</id>
                      <published>2003-12-13T18:30:02Z</published>
                      <updated>2003-12-13T18:30:02Z</updated>
                    </entry>
                  </item>
                </items>
              </event>
            </message>""";

    // XEP-0060 example "Subscribers receive event notifications only" (line 2952 of xep-0060.xml), verbatim.
    public static final String SUBSCRIBERS_RECEIVE_EVENT_NOTIFICATIONS_ONLY = """
            <message from='pubsub.shakespeare.lit' to='francisco@denmark.lit' id='foo'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'/>
                </items>
              </event>
            </message>

            <message from='pubsub.shakespeare.lit' to='bernardo@denmark.lit' id='bar'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'/>
                </items>
              </event>
            </message>

            <message from='pubsub.shakespeare.lit' to='horatio@denmark.lit' id='baz'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'/>
                </items>
              </event>
            </message>

            <message from='pubsub.shakespeare.lit' to='bard@shakespeare.lit' id='fez'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'/>
                </items>
              </event>
            </message>""";

    // XEP-0060 example "Subscriber receives notated event notification" (line 3022 of xep-0060.xml), verbatim.
    public static final String SUBSCRIBER_RECEIVES_NOTATED_EVENT_NOTIFICATION = """
            <message from='pubsub.shakespeare.lit' to='francisco@denmark.lit' id='foo'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'/>
                </items>
              </event>
              <headers xmlns='http://jabber.org/protocol/shim'>
                <header name='SubID'>123-abc</header>
                <header name='SubID'>004-yyy</header>
              </headers>
            </message>""";

    // XEP-0060 example "Entity attempts to publish to a node with max_items reached" (line 3100 of xep-0060.xml), verbatim.
    public static final String ENTITY_ATTEMPTS_TO_PUBLISH_TO_A_NODE_WITH_MAX_ITEMS_REACHED = """
            <iq type='error'
                from='pubsub.shakespeare.lit'
                to='hamlet@denmark.lit/elsinore'
                id='publish1'>
              <error type='cancel'>
                <conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                <node-full xmlns='http://jabber.org/protocol/pubsub#errors'/>
              </error>
            </iq>
                    """;

    // XEP-0060 example "Entity attempts to publish very large payload" (line 3114 of xep-0060.xml), verbatim.
    public static final String ENTITY_ATTEMPTS_TO_PUBLISH_VERY_LARGE_PAYLOAD = """
            <iq type='error'
                from='pubsub.shakespeare.lit'
                to='hamlet@denmark.lit/elsinore'
                id='publish1'>
              <error type='modify'>
                <not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                <payload-too-big xmlns='http://jabber.org/protocol/pubsub#errors'/>
              </error>
            </iq>""";

    // XEP-0060 example "Entity attempts to publish item with multiple payload elements or namespace does not match" (line 3128 of xep-0060.xml), verbatim.
    public static final String ENTITY_ATTEMPTS_TO_PUBLISH_ITEM_WITH_MULTIPLE_PAYLOAD_ELEMENTS_OR_NAMESPACE_DOES_NOT_MATCH = """
            <iq type='error'
                from='pubsub.shakespeare.lit'
                to='hamlet@denmark.lit/elsinore'
                id='publish1'>
              <error type='modify'>
                <bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                <invalid-payload xmlns='http://jabber.org/protocol/pubsub#errors'/>
              </error>
            </iq>""";

    // XEP-0060 example "Publishing with options" (line 3189 of xep-0060.xml), verbatim.
    public static final String PUBLISHING_WITH_OPTIONS = """
            <iq type='set'
                from='hamlet@denmark.lit/blogbot'
                to='pubsub.shakespeare.lit'
                id='pub1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'>
                    <entry xmlns='http://www.w3.org/2005/Atom'>
                      <title>Soliloquy</title>
                      <summary>
            To be, or not to be: that is the question:
            Whether 'tis nobler in the mind to suffer
            The slings and arrows of outrageous fortune,
            Or to take arms against a sea of troubles,
            And by opposing end them?
                      </summary>
                      <link rel='alternate' type='text/html'
                            href='http://denmark.lit/2003/12/13/atom03'/>
                      <id>tag:denmark.lit,2003:entry-32397</id>
                      <published>2003-12-13T18:30:02Z</published>
                      <updated>2003-12-13T18:30:02Z</updated>
                    </entry>
                  </item>
                </publish>
                <publish-options>
                  <x xmlns='jabber:x:data' type='submit'>
                    <field var='FORM_TYPE' type='hidden'>
                      <value>http://jabber.org/protocol/pubsub#publish-options</value>
                    </field>
                    <field var='pubsub#access_model'>
                      <value>presence</value>
                    </field>
                  </x>
                </publish-options>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Entity deletes an item from a node" (line 3243 of xep-0060.xml), verbatim.
    public static final String ENTITY_DELETES_AN_ITEM_FROM_A_NODE = """
            <iq type='set'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='retract1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <retract node='princely_musings'>
                  <item id='ae890ac52d0df67ed7cfdf51b644e901'/>
                </retract>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Subscribers are notified of deletion" (line 3266 of xep-0060.xml), verbatim.
    public static final String SUBSCRIBERS_ARE_NOTIFIED_OF_DELETION = """
            <message from='pubsub.shakespeare.lit' to='francisco@denmark.lit' id='foo'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='princely_musings'>
                  <retract id='ae890ac52d0df67ed7cfdf51b644e901'/>
                </items>
              </event>
            </message>

            <message from='pubsub.shakespeare.lit' to='bernardo@denmark.lit' id='bar'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='princely_musings'>
                  <retract id='ae890ac52d0df67ed7cfdf51b644e901'/>
                </items>
              </event>
            </message>""";

    // XEP-0060 example "Subscriber receives notated event notification" (line 3286 of xep-0060.xml), verbatim.
    public static final String SUBSCRIBER_RECEIVES_NOTATED_EVENT_NOTIFICATION_2 = """
            <message from='pubsub.shakespeare.lit' to='bernardo@denmark.lit' id='bar'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='princely_musings'>
                  <retract id='ae890ac52d0df67ed7cfdf51b644e901'/>
                </items>
              </event>
              <headers xmlns='http://jabber.org/protocol/shim'>
                <header name='SubID'>123-abc</header>
                <header name='SubID'>004-yyy</header>
              </headers>
            </message>""";

    // XEP-0060 example "Request to create a node" (line 3409 of xep-0060.xml), verbatim.
    public static final String REQUEST_TO_CREATE_A_NODE = """
            <iq type='set'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='create1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <create node='princely_musings'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "NodeID already exists" (line 3465 of xep-0060.xml), verbatim.
    public static final String NODEID_ALREADY_EXISTS = """
            <iq type='error'
                from='pubsub.shakespeare.lit'
                to='hamlet@denmark.lit/elsinore'
                id='create1'>
              <error type='cancel'>
                <conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
              </error>
            </iq>""";

    // XEP-0060 example "Service does not support instant nodes" (line 3476 of xep-0060.xml), verbatim.
    public static final String SERVICE_DOES_NOT_SUPPORT_INSTANT_NODES = """
            <iq type='error'
                from='pubsub.shakespeare.lit'
                to='hamlet@denmark.lit/elsinore'
                id='create2'>
              <error type='modify'>
                <not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                <nodeid-required xmlns='http://jabber.org/protocol/pubsub#errors'/>
              </error>
            </iq>""";

    // XEP-0060 example "Entity requests an instant node" (line 3488 of xep-0060.xml), verbatim.
    public static final String ENTITY_REQUESTS_AN_INSTANT_NODE = """
            <iq type='set'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='create2'>
                <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                  <create/>
                </pubsub>
            </iq>""";

    // XEP-0060 example "Service replies with success and generated NodeID" (line 3499 of xep-0060.xml), verbatim.
    public static final String SERVICE_REPLIES_WITH_SUCCESS_AND_GENERATED_NODEID = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='hamlet@denmark.lit/elsinore'
                id='create2'>
                <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                  <create node='25e3d37dabbab9541f7523321421edc5bfeb2dae'/>
                </pubsub>
            </iq>""";

    // XEP-0060 example "Entity requests leaf node with (default) open access model" (line 3515 of xep-0060.xml), verbatim.
    public static final String ENTITY_REQUESTS_LEAF_NODE_WITH_DEFAULT_OPEN_ACCESS_MODEL = """
            <iq type='set'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='create1'>
                <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                  <create node='princely_musings'/>
                </pubsub>
            </iq>""";

    // XEP-0060 example "Entity requests leaf node with non-default access model" (line 3527 of xep-0060.xml), verbatim.
    public static final String ENTITY_REQUESTS_LEAF_NODE_WITH_NON_DEFAULT_ACCESS_MODEL = """
            <iq type='set'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='create2'>
                <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                  <create node='princely_musings'/>
                  <configure>
                    <x xmlns='jabber:x:data' type='submit'>
                      <field var='FORM_TYPE' type='hidden'>
                        <value>http://jabber.org/protocol/pubsub#node_config</value>
                      </field>
                      <field var='pubsub#access_model'><value>whitelist</value></field>
                    </x>
                  </configure>
                </pubsub>
            </iq>""";

    // XEP-0060 example "Service does not support specified access model" (line 3553 of xep-0060.xml), verbatim.
    public static final String SERVICE_DOES_NOT_SUPPORT_SPECIFIED_ACCESS_MODEL = """
            <iq type='error'
                from='pubsub.shakespeare.lit'
                to='hamlet@denmark.lit/elsinore'
                id='create2'>
              <error type='modify'>
                <not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                <unsupported-access-model xmlns='http://jabber.org/protocol/pubsub#errors'/>
              </error>
            </iq>""";

    // XEP-0060 example "Entity requests a new node with non-default configuration." (line 3569 of xep-0060.xml), verbatim.
    public static final String ENTITY_REQUESTS_A_NEW_NODE_WITH_NON_DEFAULT_CONFIGURATION = """
            <iq type='set'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='create1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <create node='princely_musings'/>
                <configure>
                  <x xmlns='jabber:x:data' type='submit'>
                    <field var='FORM_TYPE' type='hidden'>
                      <value>http://jabber.org/protocol/pubsub#node_config</value>
                    </field>
                    <field var='pubsub#title'><value>Princely Musings (Atom)</value></field>
                    <field var='pubsub#deliver_notifications'><value>1</value></field>
                    <field var='pubsub#deliver_payloads'><value>1</value></field>
                    <field var='pubsub#persist_items'><value>1</value></field>
                    <field var='pubsub#max_items'><value>10</value></field>
                    <field var='pubsub#item_expire'><value>604800</value></field>
                    <field var='pubsub#access_model'><value>open</value></field>
                    <field var='pubsub#publish_model'><value>publishers</value></field>
                    <field var='pubsub#purge_offline'><value>0</value></field>
                    <field var='pubsub#send_last_published_item'><value>never</value></field>
                    <field var='pubsub#presence_based_delivery'><value>false</value></field>
                    <field var='pubsub#notification_type'><value>headline</value></field>
                    <field var='pubsub#notify_config'><value>0</value></field>
                    <field var='pubsub#notify_delete'><value>0</value></field>
                    <field var='pubsub#notify_retract'><value>0</value></field>
                    <field var='pubsub#notify_sub'><value>0</value></field>
                    <field var='pubsub#max_payload_size'><value>1028</value></field>
                    <field var='pubsub#type'><value>urn:example:e2ee:bundle</value></field>
                    <field var='pubsub#body_xslt'>
                      <value>http://jabxslt.jabberstudio.org/atom_body.xslt</value>
                    </field>
                  </x>
                </configure>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Owner requests configuration form" (line 3619 of xep-0060.xml), verbatim.
    public static final String OWNER_REQUESTS_CONFIGURATION_FORM = """
            <iq type='get'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='config1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <configure node='princely_musings'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service responds with configuration form" (line 3633 of xep-0060.xml), verbatim.
    public static final String SERVICE_RESPONDS_WITH_CONFIGURATION_FORM = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='hamlet@denmark.lit/elsinore'
                id='config1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <configure node='princely_musings'>
                  <x xmlns='jabber:x:data' type='form'>
                    <field var='FORM_TYPE' type='hidden'>
                      <value>http://jabber.org/protocol/pubsub#node_config</value>
                    </field>
                    <field var='pubsub#title' type='text-single'
                           label='A friendly name for the node'/>
                    <field var='pubsub#deliver_notifications' type='boolean'
                           label='Whether to deliver event notifications'>
                      <value>true</value>
                    </field>
                    <field var='pubsub#deliver_payloads' type='boolean'
                           label='Whether to deliver payloads with event notifications'>
                      <value>true</value>
                    </field>
                    <field var='pubsub#notify_config' type='boolean'
                           label='Notify subscribers when the node configuration changes'>
                      <value>0</value>
                    </field>
                    <field var='pubsub#notify_delete' type='boolean'
                           label='Notify subscribers when the node is deleted'>
                      <value>false</value>
                    </field>
                    <field var='pubsub#notify_retract' type='boolean'
                           label='Notify subscribers when items are removed from the node'>
                      <value>false</value>
                    </field>
                    <field var='pubsub#notify_sub' type='boolean'
                           label='Notify owners about new subscribers and unsubscribes'>
                      <value>0</value>
                    </field>
                    <field var='pubsub#persist_items' type='boolean'
                           label='Persist items to storage'>
                      <value>1</value>
                    </field>
                    <field var='pubsub#max_items' type='text-single'
                           label='Max # of items to persist. `max` for no specific limit other than a server imposed maximum.'>
                      <value>10</value>
                    </field>
                    <field var='pubsub#item_expire' type='text-single'
                           label='Time after which to automatically purge items. `max` for no specific limit other than a server imposed maximum.'>
                      <value>604800</value>
                    </field>
                    <field var='pubsub#subscribe' type='boolean'
                           label='Whether to allow subscriptions'>
                      <value>1</value>
                    </field>
                    <field var='pubsub#access_model' type='list-single'
                           label='Specify the subscriber model'>
                      <option><value>authorize</value></option>
                      <option><value>open</value></option>
                      <option><value>presence</value></option>
                      <option><value>roster</value></option>
                      <option><value>whitelist</value></option>
                      <value>open</value>
                    </field>
                    <field var='pubsub#roster_groups_allowed' type='list-multi'
                           label='Roster groups allowed to subscribe'>
                      <option><value>friends</value></option>
                      <option><value>courtiers</value></option>
                      <option><value>servants</value></option>
                      <option><value>enemies</value></option>
                    </field>
                    <field var='pubsub#publish_model' type='list-single'
                           label='Specify the publisher model'>
                      <option><value>publishers</value></option>
                      <option><value>subscribers</value></option>
                      <option><value>open</value></option>
                      <value>publishers</value>
                    </field>
                    <field var='pubsub#purge_offline' type='boolean'
                           label='Purge all items when the relevant publisher goes offline?'>
                      <value>0</value>
                    </field>
                    <field var='pubsub#max_payload_size' type='text-single'
                           label='Max Payload size in bytes'>
                      <value>1028</value>
                    </field>
                    <field var='pubsub#send_last_published_item' type='list-single'
                           label='When to send the last published item'>
                      <option label='Never'><value>never</value></option>
                      <option label='When a new subscription is processed'><value>on_sub</value></option>
                      <option label='When a new subscription is processed and whenever a subscriber comes online'>
                        <value>on_sub_and_presence</value>
                      </option>
                      <value>never</value>
                    </field>
                    <field var='pubsub#presence_based_delivery' type='boolean'
                           label='Deliver event notifications only to available users'>
                      <value>0</value>
                    </field>
                    <field var='pubsub#notification_type' type='list-single'
                           label='Specify the delivery style for event notifications'>
                      <option><value>normal</value></option>
                      <option><value>headline</value></option>
                      <value>headline</value>
                    </field>
                    <field var='pubsub#type' type='text-single'
                           label='Specify the semantic type of payload data to be provided at this node.'>
                      <value>urn:example:e2ee:bundle</value>
                    </field>
                    <field var='pubsub#dataform_xslt' type='text-single'
                           label='Payload XSLT'/>
                  </x>
                </configure>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Owner submits node configuration form" (line 3829 of xep-0060.xml), verbatim.
    public static final String OWNER_SUBMITS_NODE_CONFIGURATION_FORM = """
            <iq type='set'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='config2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <configure node='princely_musings'>
                  <x xmlns='jabber:x:data' type='submit'>
                    <field var='FORM_TYPE' type='hidden'>
                      <value>http://jabber.org/protocol/pubsub#node_config</value>
                    </field>
                    <field var='pubsub#title'><value>Princely Musings (Atom)</value></field>
                    <field var='pubsub#deliver_notifications'><value>1</value></field>
                    <field var='pubsub#deliver_payloads'><value>1</value></field>
                    <field var='pubsub#persist_items'><value>1</value></field>
                    <field var='pubsub#max_items'><value>10</value></field>
                    <field var='pubsub#item_expire'><value>604800</value></field>
                    <field var='pubsub#access_model'><value>roster</value></field>
                    <field var='pubsub#roster_groups_allowed'>
                      <value>friends</value>
                      <value>servants</value>
                      <value>courtiers</value>
                    </field>
                    <field var='pubsub#publish_model'><value>publishers</value></field>
                    <field var='pubsub#purge_offline'><value>0</value></field>
                    <field var='pubsub#send_last_published_item'><value>never</value></field>
                    <field var='pubsub#presence_based_delivery'><value>false</value></field>
                    <field var='pubsub#notification_type'><value>headline</value></field>
                    <field var='pubsub#notify_config'><value>0</value></field>
                    <field var='pubsub#notify_delete'><value>0</value></field>
                    <field var='pubsub#notify_retract'><value>0</value></field>
                    <field var='pubsub#notify_sub'><value>0</value></field>
                    <field var='pubsub#max_payload_size'><value>1028</value></field>
                    <field var='pubsub#type'><value>urn:example:e2ee:bundle</value></field>
                    <field var='pubsub#body_xslt'>
                      <value>http://jabxslt.jabberstudio.org/atom_body.xslt</value>
                    </field>
                  </x>
                </configure>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Owner cancels configuration process" (line 3872 of xep-0060.xml), verbatim.
    public static final String OWNER_CANCELS_CONFIGURATION_PROCESS = """
            <iq type='set'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='config2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <configure node='princely_musings'>
                  <x xmlns='jabber:x:data' type='cancel'/>
                </configure>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service sends configuration change notification (event notification only)" (line 3910 of xep-0060.xml), verbatim.
    public static final String SERVICE_SENDS_CONFIGURATION_CHANGE_NOTIFICATION_EVENT_NOTIFICATION_ONLY = """
            <message from='pubsub.shakespeare.lit' to='francisco@denmark.lit' id='foo'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <configuration node='princely_musings'/>
              </event>
            </message>""";

    // XEP-0060 example "Service sends configuration change notification (full payload)" (line 3917 of xep-0060.xml), verbatim.
    public static final String SERVICE_SENDS_CONFIGURATION_CHANGE_NOTIFICATION_FULL_PAYLOAD = """
            <message from='pubsub.shakespeare.lit' to='francisco@denmark.lit' id='foo'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <configuration node='princely_musings'>
                  <x xmlns='jabber:x:data' type='result'>
                    <field var='FORM_TYPE' type='hidden'>
                      <value>http://jabber.org/protocol/pubsub#node_config</value>
                    </field>
                    <field var='pubsub#title'><value>Princely Musings (Atom)</value></field>
                    <field var='pubsub#deliver_notifications'><value>1</value></field>
                    <field var='pubsub#deliver_payloads'><value>1</value></field>
                    <field var='pubsub#notify_config'><value>0</value></field>
                    <field var='pubsub#notify_delete'><value>0</value></field>
                    <field var='pubsub#notify_retract'><value>0</value></field>
                    <field var='pubsub#notify_sub'><value>0</value></field>
                    <field var='pubsub#persist_items'><value>1</value></field>
                    <field var='pubsub#max_items'><value>10</value></field>
                    <field var='pubsub#item_expire'><value>604800</value></field>
                    <field var='pubsub#subscribe'><value>1</value></field>
                    <field var='pubsub#access_model'><value>open</value></field>
                    <field var='pubsub#publish_model'><value>publishers</value></field>
                    <field var='pubsub#purge_offline'><value>0</value></field>
                    <field var='pubsub#max_payload_size'><value>9216</value></field>
                    <field var='pubsub#send_last_published_item'><value>never</value></field>
                    <field var='pubsub#presence_based_delivery'><value>0</value></field>
                    <field var='pubsub#notification_type'><value>headline</value></field>
                    <field var='pubsub#type'><value>urn:example:e2ee:bundle</value></field>
                    <field var='pubsub#body_xslt'>
                      <value>http://jabxslt.jabberstudio.org/atom_body.xslt</value>
                    </field>
                  </x>
                </configuration>
              </event>
            </message>""";

    // XEP-0060 example "Entity requests default node configuration options" (line 3959 of xep-0060.xml), verbatim.
    public static final String ENTITY_REQUESTS_DEFAULT_NODE_CONFIGURATION_OPTIONS = """
            <iq type='get'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='def1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <default/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service responds with default node configuration options" (line 3985 of xep-0060.xml), verbatim.
    public static final String SERVICE_RESPONDS_WITH_DEFAULT_NODE_CONFIGURATION_OPTIONS = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='hamlet@denmark.lit/elsinore'
                id='def1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <default>
                  <x xmlns='jabber:x:data' type='form'>
                    <field var='FORM_TYPE' type='hidden'>
                      <value>http://jabber.org/protocol/pubsub#node_config</value>
                    </field>
                    <field var='pubsub#title' type='text-single'
                           label='A friendly name for the node'/>
                    <field var='pubsub#deliver_notifications' type='boolean'
                           label='Deliver event notifications'>
                      <value>true</value>
                    </field>
                    <field var='pubsub#deliver_payloads' type='boolean'
                         label='Deliver payloads with event notifications'>
                      <value>1</value>
                    </field>
                    <field var='pubsub#description' type='text-single'
                         label='A description of the node'/>
                    <field var='pubsub#notify_config' type='boolean'
                           label='Notify subscribers when the node configuration changes'>
                      <value>0</value>
                    </field>
                    <field var='pubsub#notify_delete' type='boolean'
                           label='Notify subscribers when the node is deleted'>
                      <value>0</value>
                    </field>
                    <field var='pubsub#notify_retract' type='boolean'
                           label='Notify subscribers when items are removed from the node'>
                      <value>0</value>
                    </field>
                    <field var='pubsub#notify_sub' type='boolean'
                           label='Notify owners about new subscribers and unsubscribes'>
                      <value>0</value>
                    </field>
                    <field var='pubsub#persist_items' type='boolean'
                           label='Persist items to storage'>
                      <value>1</value>
                    </field>
                    <field var='pubsub#max_items' type='text-single'
                           label='Max # of items to persist. `max` for no specific limit other than a server imposed maximum.'>
                      <value>10</value>
                    </field>
                    <field var='pubsub#item_expire' type='text-single'
                           label='Time after which to automatically purge items. `max` for no specific limit other than a server imposed maximum.'>
                      <value>604800</value>
                    </field>
                    <field var='pubsub#subscribe' type='boolean'
                           label='Whether to allow subscriptions'>
                      <value>1</value>
                    </field>
                    <field var='pubsub#access_model' type='list-single'
                           label='Specify the subscriber model'>
                      <option><value>authorize</value></option>
                      <option><value>open</value></option>
                      <option><value>presence</value></option>
                      <option><value>roster</value></option>
                      <option><value>whitelist</value></option>
                      <value>open</value>
                    </field>
                    <field var='pubsub#roster_groups_allowed' type='list-multi'
                           label='Roster groups allowed to subscribe'>
                      <option><value>friends</value></option>
                      <option><value>courtiers</value></option>
                      <option><value>servants</value></option>
                      <option><value>enemies</value></option>
                    </field>
                    <field var='pubsub#publish_model' type='list-single'
                           label='Specify the publisher model'>
                      <option><value>publishers</value></option>
                      <option><value>subscribers</value></option>
                      <option><value>open</value></option>
                      <value>publishers</value>
                    </field>
                    <field var='pubsub#purge_offline' type='boolean'
                           label='Purge all items when the relevant publisher goes offline?'>
                      <value>0</value>
                    </field>
                    <field var='pubsub#max_payload_size' type='text-single'
                           label='Max payload size in bytes'>
                      <value>9216</value>
                    </field>
                    <field var='pubsub#send_last_published_item' type='list-single'
                           label='When to send the last published item'>
                      <option label='Never'><value>never</value></option>
                      <option label='When a new subscription is processed'><value>on_sub</value></option>
                      <option label='When a new subscription is processed and whenever a subscriber comes online'>
                        <value>on_sub_and_presence</value>
                      </option>
                      <value>never</value>
                    </field>
                    <field var='pubsub#presence_based_delivery' type='boolean'
                           label='Deliver notifications only to available users'>
                      <value>0</value>
                    </field>
                    <field var='pubsub#notification_type' type='list-single'
                           label='Specify the delivery style for notifications'>
                      <option><value>normal</value></option>
                      <option><value>headline</value></option>
                      <value>headline</value>
                    </field>
                  </x>
                </default>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Owner deletes a node" (line 4139 of xep-0060.xml), verbatim.
    public static final String OWNER_DELETES_A_NODE = """
            <iq type='set'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='delete1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <delete node='princely_musings'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Owner deletes a node with redirection" (line 4150 of xep-0060.xml), verbatim.
    public static final String OWNER_DELETES_A_NODE_WITH_REDIRECTION = """
            <iq type='set'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='delete1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <delete node='princely_musings'>
                  <redirect uri='xmpp:hamlet@denmark.lit?;node=blog'/>
                </delete>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Subscribers are notified of node deletion" (line 4172 of xep-0060.xml), verbatim.
    public static final String SUBSCRIBERS_ARE_NOTIFIED_OF_NODE_DELETION = """
            <message from='pubsub.shakespeare.lit' to='francisco@denmark.lit' id='foo'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <delete node='princely_musings'>
                  <redirect uri='xmpp:hamlet@denmark.lit?;node=blog'/>
                </delete>
              </event>
            </message>

            <message from='pubsub.shakespeare.lit' to='bernardo@denmark.lit' id='bar'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <delete node='princely_musings'>
                  <redirect uri='xmpp:hamlet@denmark.lit?;node=blog'/>
                </delete>
              </event>
            </message>""";

    // XEP-0060 example "Owner purges all items from a node" (line 4230 of xep-0060.xml), verbatim.
    public static final String OWNER_PURGES_ALL_ITEMS_FROM_A_NODE = """
            <iq type='set'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='purge1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <purge node='princely_musings'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Subscribers are notified of node purge" (line 4249 of xep-0060.xml), verbatim.
    public static final String SUBSCRIBERS_ARE_NOTIFIED_OF_NODE_PURGE = """
            <message from='pubsub.shakespeare.lit' to='francisco@denmark.lit' id='foo'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <purge node='princely_musings'/>
              </event>
            </message>

            <message from='pubsub.shakespeare.lit' to='bernardo@denmark.lit' id='bar'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <purge node='princely_musings'/>
              </event>
            </message>""";

    // XEP-0060 example "Service does not support node purging" (line 4274 of xep-0060.xml), verbatim.
    public static final String SERVICE_DOES_NOT_SUPPORT_NODE_PURGING = """
            <iq type='error'
                from='pubsub.shakespeare.lit'
                to='hamlet@denmark.lit/elsinore'
                id='purge1'>
              <error type='cancel'>
                <feature-not-implemented xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                <unsupported xmlns='http://jabber.org/protocol/pubsub#errors'
                             feature='purge-nodes'/>
              </error>
            </iq>""";

    // XEP-0060 example "Subscription approval notification" (line 4379 of xep-0060.xml), verbatim.
    public static final String SUBSCRIPTION_APPROVAL_NOTIFICATION = """
            <message
                from='pubsub.shakespeare.lit'
                to='horatio@denmark.lit'
                id='approvalnotify1'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <subscription node='princely_musings' jid='horatio@denmark.lit' subscription='subscribed'/>
              </event>
            </message>""";

    // XEP-0060 example "Subscription cancellation / denial notification" (line 4412 of xep-0060.xml), verbatim.
    public static final String SUBSCRIPTION_CANCELLATION_DENIAL_NOTIFICATION = """
            <message
                from='pubsub.shakespeare.lit'
                to='horatio@denmark.lit'
                id='unsubnotify1'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <subscription node='princely_musings' jid='horatio@denmark.lit' subscription='none'/>
              </event>
            </message>""";

    // XEP-0060 example "Owner requests all subscriptions" (line 4577 of xep-0060.xml), verbatim.
    public static final String OWNER_REQUESTS_ALL_SUBSCRIPTIONS = """
            <iq type='get'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='subman1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <subscriptions node='princely_musings'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service returns list of subscriptions" (line 4590 of xep-0060.xml), verbatim.
    public static final String SERVICE_RETURNS_LIST_OF_SUBSCRIPTIONS = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='hamlet@denmark.lit/elsinore'
                id='subman1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <subscriptions node='princely_musings'>
                  <subscription jid='hamlet@denmark.lit' subscription='subscribed'/>
                  <subscription jid='polonius@denmark.lit' subscription='unconfigured'/>
                  <subscription jid='bernardo@denmark.lit' subscription='subscribed' subid='123-abc'/>
                  <subscription jid='bernardo@denmark.lit' subscription='subscribed' subid='004-yyy'/>
                </subscriptions>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Owner modifies subscriptions" (line 4657 of xep-0060.xml), verbatim.
    public static final String OWNER_MODIFIES_SUBSCRIPTIONS = """
            <iq type='set'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='subman2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <subscriptions node='princely_musings'>
                  <subscription jid='bard@shakespeare.lit' subscription='subscribed'/>
                </subscriptions>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Owner sets subscription for multiple entities" (line 4726 of xep-0060.xml), verbatim.
    public static final String OWNER_SETS_SUBSCRIPTION_FOR_MULTIPLE_ENTITIES = """
            <iq type='set'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='subman3'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <subscriptions node='princely_musings'>
                  <subscription jid='polonius@denmark.lit' subscription='none'/>
                  <subscription jid='bard@shakespeare.lit' subscription='subscribed'/>
                </subscriptions>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service responds with an error" (line 4739 of xep-0060.xml), verbatim.
    public static final String SERVICE_RESPONDS_WITH_AN_ERROR = """
            <iq type='error'
                from='pubsub.shakespeare.lit'
                to='hamlet@denmark.lit/elsinore'
                id='subman3'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <subscriptions node='princely_musings'>
                  <subscription jid='polonius@denmark.lit' subscription='subscribed'/>
                </subscriptions>
              </pubsub>
              <error type='modify'>
                <not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
              </error>
            </iq>""";

    // XEP-0060 example "Service sends notification of subscription change" (line 4762 of xep-0060.xml), verbatim.
    public static final String SERVICE_SENDS_NOTIFICATION_OF_SUBSCRIPTION_CHANGE = """
            <message from='pubsub.shakespeare.lit' to='polonius@denmark.lit'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <subscription node='princely_musings' jid='polonius@denmark.lit' subscription='none'/>
              </event>
            </message>""";

    // XEP-0060 example "Owner requests all affiliated entities" (line 4778 of xep-0060.xml), verbatim.
    public static final String OWNER_REQUESTS_ALL_AFFILIATED_ENTITIES = """
            <iq type='get'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='ent1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <affiliations node='princely_musings'/>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service returns list of affiliated entities" (line 4791 of xep-0060.xml), verbatim.
    public static final String SERVICE_RETURNS_LIST_OF_AFFILIATED_ENTITIES = """
            <iq type='result'
                from='pubsub.shakespeare.lit'
                to='hamlet@denmark.lit/elsinore'
                id='ent1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <affiliations node='princely_musings'>
                  <affiliation jid='hamlet@denmark.lit' affiliation='owner'/>
                  <affiliation jid='polonius@denmark.lit' affiliation='outcast'/>
                </affiliations>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Owner modifies affiliation" (line 4857 of xep-0060.xml), verbatim.
    public static final String OWNER_MODIFIES_AFFILIATION = """
            <iq type='set'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='ent2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <affiliations node='princely_musings'>
                  <affiliation jid='bard@shakespeare.lit' affiliation='publisher'/>
                </affiliations>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Owner sets affiliation for multiple entities" (line 4942 of xep-0060.xml), verbatim.
    public static final String OWNER_SETS_AFFILIATION_FOR_MULTIPLE_ENTITIES = """
            <iq type='set'
                from='hamlet@denmark.lit/elsinore'
                to='pubsub.shakespeare.lit'
                id='ent3'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>
                <affiliations node='princely_musings'>
                  <affiliation jid='hamlet@denmark.lit' affiliation='none'/>
                  <affiliation jid='polonius@denmark.lit' affiliation='none'/>
                  <affiliation jid='bard@shakespeare.lit' affiliation='publisher'/>
                </affiliations>
              </pubsub>
            </iq>""";

    // XEP-0060 example "Service sends notification of affiliation change" (line 4979 of xep-0060.xml), verbatim.
    public static final String SERVICE_SENDS_NOTIFICATION_OF_AFFILIATION_CHANGE = """
            <message from='pubsub.shakespeare.lit' to='polonius@denmark.lit'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <affiliations node='princely_musings'>
                  <affilation jid='polonius@denmark.lit' affiliation='none'/>
                </affiliations>
              </pubsub>
            </message>""";

    // XEP-0060 example "Event notification with publisher JID" (line 5732 of xep-0060.xml), verbatim.
    public static final String EVENT_NOTIFICATION_WITH_PUBLISHER_JID = """
            <message from='pubsub.shakespeare.lit'
                     to='bassanio@merchantofvenice.lit'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='n48ad4fj78zn38st734'>
                  <item id='i1s2d3f4g5h6bjeh936'
                        publisher='portia@merchantofvenice.lit'>
                    <geoloc xmlns='http://jabber.org/protocol/geoloc'>
                      <description>Venice</description>
                      <lat>45.44</lat>
                      <lon>12.33</lon>
                    </geoloc>
                  </item>
                </items>
              </event>
            </message>""";

    private Xep0060Examples() {
    }
}
