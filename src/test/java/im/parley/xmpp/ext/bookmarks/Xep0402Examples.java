package im.parley.xmpp.ext.bookmarks;

/** Examples of XEP-0402, copied from the XEP as they are (shared/specs/xeps/xep-0402.xml). */
public final class Xep0402Examples {
    // XEP-0402 example "An example of the conference element" (line 189 of xep-0402.xml), verbatim.
    public static final String CONFERENCE_ELEMENT = """
            <conference xmlns='urn:xmpp:bookmarks:1'
                        name='Council of Oberon'
                        autojoin='true'>
              <nick>Puck</nick>
            </conference>""";

    // XEP-0402 example "Minimalist conference element" (line 199 of xep-0402.xml), verbatim.
    public static final String MINIMALIST_CONFERENCE_ELEMENT = """
            <conference xmlns='urn:xmpp:bookmarks:1'/>""";

    // XEP-0402 example "Server returns the bookmarks" (line 231 of xep-0402.xml), verbatim.
    public static final String SERVER_RETURNS_THE_BOOKMARKS = """
            <iq type='result'
                to='juliet@capulet.lit/balcony'
                id='retrieve1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <items node='urn:xmpp:bookmarks:1'>
                  <item id='theplay@conference.shakespeare.lit'>
                    <conference xmlns='urn:xmpp:bookmarks:1'
                                name='The Play&apos;s the Thing'
                                autojoin='true'>
                      <nick>JC</nick>
                    </conference>
                  </item>
                  <item id='orchard@conference.shakespeare.lit'>
                    <conference xmlns='urn:xmpp:bookmarks:1'
                                name='The Orcard'
                                autojoin='1'>
                      <nick>JC</nick>
                      <extensions>
                        <state xmlns='http://myclient.example/bookmark/state' minimized='true'/>
                      </extensions>
                    </conference>
                  </item>
                </items>
              </pubsub>
            </iq>""";

    // XEP-0402 example "Client adds a new bookmark" (line 264 of xep-0402.xml), verbatim.
    public static final String CLIENT_ADDS_A_NEW_BOOKMARK = """
            <iq from='juliet@capulet.lit/balcony' type='set' id='pip1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='urn:xmpp:bookmarks:1'>
                  <item id='theplay@conference.shakespeare.lit'>
                    <conference xmlns='urn:xmpp:bookmarks:1'
                                name='The Play&apos;s the Thing'
                                autojoin='true'>
                      <nick>JC</nick>
                    </conference>
                  </item>
                </publish>
                <publish-options>
                  <x xmlns='jabber:x:data' type='submit'>
                    <field var='FORM_TYPE' type='hidden'>
                      <value>http://jabber.org/protocol/pubsub#publish-options</value>
                    </field>
                    <field var='pubsub#persist_items'>
                      <value>true</value>
                    </field>
                    <field var='pubsub#max_items'>
                      <value>max</value>
                    </field>
                    <field var='pubsub#send_last_published_item'>
                      <value>never</value>
                    </field>
                    <field var='pubsub#access_model'>
                      <value>whitelist</value>
                    </field>
                  </x>
                </publish-options>
              </pubsub>
            </iq>""";

    // XEP-0402 example "Client corrects typo in name of bookmark" (line 308 of xep-0402.xml), verbatim.
    public static final String CLIENT_CORRECTS_TYPO_IN_NAME_OF_BOOKMARK = """
            <iq from='juliet@capulet.lit/balcony' type='set' id='pip2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='urn:xmpp:bookmarks:1'>
                  <item id='orchard@conference.shakespeare.lit'>
                    <conference xmlns='urn:xmpp:bookmarks:1'
                                name='The Orchard'
                                autojoin='true'>
                      <nick>JC</nick>
                      <extensions>
                        <state xmlns='http://myclient.example/bookmark/state' minimized='true'/>
                      </extensions>
                    </conference>
                  </item>
                </publish>
                <publish-options>
                  <x xmlns='jabber:x:data' type='submit'>
                    <field var='FORM_TYPE' type='hidden'>
                      <value>http://jabber.org/protocol/pubsub#publish-options</value>
                    </field>
                    <field var='pubsub#persist_items'>
                      <value>true</value>
                    </field>
                    <field var='pubsub#max_items'>
                      <value>max</value>
                    </field>
                    <field var='pubsub#send_last_published_item'>
                      <value>never</value>
                    </field>
                    <field var='pubsub#access_model'>
                      <value>whitelist</value>
                    </field>
                  </x>
                </publish-options>
              </pubsub>
            </iq>""";

    // XEP-0402 example "Client removes a new bookmark" (line 355 of xep-0402.xml), verbatim.
    public static final String CLIENT_REMOVES_A_NEW_BOOKMARK = """
            <iq from='juliet@capulet.lit/balcony' type='set' id='remove-bookmark1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <retract node='urn:xmpp:bookmarks:1' notify='true'>
                  <item id='theplay@conference.shakespeare.lit'/>
                </retract>
              </pubsub>
            </iq>""";

    // XEP-0402 example "Client receives a new bookmark notification" (line 375 of xep-0402.xml), verbatim.
    public static final String NEW_BOOKMARK_NOTIFICATION = """
            <message from='juliet@capulet.lit' to='juliet@capulet.lit/balcony' type='headline' id='new-room1'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='urn:xmpp:bookmarks:1'>
                  <item id='theplay@conference.shakespeare.lit'>
                    <conference xmlns='urn:xmpp:bookmarks:1'
                                name='The Play&apos;s the Thing'
                                autojoin='1'>
                      <nick>JC</nick>
                    </conference>
                  </item>
                </items>
              </event>
            </message>""";

    // XEP-0402 example "Client receives a bookmark notification with autojoin='false' (its default value)" (line 393 of xep-0402.xml), verbatim.
    public static final String AUTOJOIN_FALSE_NOTIFICATION = """
            <message from='juliet@capulet.lit' to='juliet@capulet.lit/balcony' type='headline' id='unjoined-room1'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='urn:xmpp:bookmarks:1'>
                  <item id='theplay@conference.shakespeare.lit'>
                    <conference xmlns='urn:xmpp:bookmarks:1'
                                name='The Play&apos;s the Thing'>
                      <nick>JC</nick>
                    </conference>
                  </item>
                </items>
              </event>
            </message>""";

    // XEP-0402 example "Client receives a bookmark retraction notification" (line 410 of xep-0402.xml), verbatim.
    public static final String RETRACTION_NOTIFICATION = """
            <message from='juliet@capulet.lit' to='juliet@capulet.lit/balcony' type='headline' id='removed-room1'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='urn:xmpp:bookmarks:1'>
                  <retract id='theplay@conference.shakespeare.lit'/>
                </items>
              </event>
            </message>""";

    private Xep0402Examples() {
    }
}
