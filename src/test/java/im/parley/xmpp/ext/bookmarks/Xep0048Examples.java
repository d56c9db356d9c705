package im.parley.xmpp.ext.bookmarks;

/** Examples of XEP-0048, copied from the XEP as they are (shared/specs/xeps/xep-0048.xml). */
public final class Xep0048Examples {
    // XEP-0048 example "An example of the conference element" (line 124 of xep-0048.xml), verbatim.
    public static final String CONFERENCE_ELEMENT = """
                <storage xmlns='storage:bookmarks'>
                  <conference name='Council of Oberon'
                              autojoin='true'
                              jid='council@conference.underhill.org'>
                    <nick>Puck</nick>
                  </conference>
                </storage>""";

    // XEP-0048 example "An example of the url element" (line 159 of xep-0048.xml), verbatim.
    public static final String URL_ELEMENT = """
                <storage xmlns='storage:bookmarks'>
                  <url name='Complete Works of Shakespeare'
                       url='http://the-tech.mit.edu/Shakespeare/'/>
                </storage>""";

    // XEP-0048 example "Client uploads data" (line 174 of xep-0048.xml), verbatim.
    public static final String CLIENT_UPLOADS_DATA = """
            <iq from='juliet@capulet.lit/balcony' type='set' id='pip1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='storage:bookmarks'>
                  <item id='current'>
                    <storage xmlns='storage:bookmarks'>
                      <conference name='The Play&apos;s the Thing'
                                  autojoin='true'
                                  jid='theplay@conference.shakespeare.lit'>
                        <nick>JC</nick>
                      </conference>
                    </storage>
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
                    <field var='pubsub#access_model'>
                      <value>whitelist</value>
                    </field>
                  </x>
                </publish-options>
              </pubsub>
            </iq>""";

    // XEP-0048 example "Publisher receives event notification" (line 210 of xep-0048.xml), verbatim.
    public static final String PUBLISHER_RECEIVES_EVENT_NOTIFICATION = """
            <message from='juliet@capulet.lit'
                     to='juliet@capulet.lit/balcony'
                     type='headline'
                     id='rnfoo1'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='storage:bookmarks'>
                  <item id='current'>
                    <storage xmlns='storage:bookmarks'>
                      <conference name='The Play&apos;s the Thing'
                                  autojoin='true'
                                  jid='theplay@conference.shakespeare.lit'>
                        <nick>JC</nick>
                      </conference>
                    </storage>
                  </item>
                </items>
              </event>
            </message>

            <message from='juliet@capulet.lit'
                     to='juliet@capulet.lit/chamber'
                     type='headline'
                     id='rnfoo2'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='storage:bookmarks'>
                  <item id='current'>
                    <storage xmlns='storage:bookmarks'>
                      <conference name='The Play&apos;s the Thing'
                                  autojoin='true'
                                  jid='theplay@conference.shakespeare.lit'>
                        <nick>JC</nick>
                      </conference>
                    </storage>
                  </item>
                </items>
              </event>
            </message>""";

    // XEP-0048 example "Server returns all items" (line 259 of xep-0048.xml), verbatim.
    public static final String SERVER_RETURNS_ALL_ITEMS = """
            <iq type='result'
                to='juliet@capulet.lit/randomID'
                id='retrieve1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <items node='storage:bookmarks'>
                  <item id='current'>
                    <storage xmlns='storage:bookmarks'>
                      <conference name='The Play&apos;s the Thing'
                                  autojoin='true'
                                  jid='theplay@conference.shakespeare.lit'>
                        <nick>JC</nick>
                      </conference>
                    </storage>
                  </item>
                </items>
              </pubsub>
            </iq>""";

    private Xep0048Examples() {
    }
}
