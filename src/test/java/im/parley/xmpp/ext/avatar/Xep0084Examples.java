package im.parley.xmpp.ext.avatar;

/** Examples of XEP-0084, copied from the XEP as they are (shared/specs/xeps/xep-0084.xml). */
public final class Xep0084Examples {
    // XEP-0084 example "Publishing avatar data to data node" (line 186 of xep-0084.xml), verbatim.
    public static final String PUBLISHING_AVATAR_DATA_TO_DATA_NODE = """
            <iq type='set' from='juliet@capulet.lit/chamber' id='publish1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='urn:xmpp:avatar:data'>
                  <item id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f'>
                    <data xmlns='urn:xmpp:avatar:data'>
                      qANQR1DBwU4DX7jmYZnncm...
                    </data>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0084 example "Pubsub service replies with success" (line 199 of xep-0084.xml), verbatim.
    public static final String PUBSUB_SERVICE_REPLIES_WITH_SUCCESS = """
            <iq type='result' to='juliet@capulet.lit/chamber' id='publish1'/>""";

    // XEP-0084 example "Publishing avatar metadata" (line 207 of xep-0084.xml), verbatim.
    public static final String PUBLISHING_AVATAR_METADATA = """
            <iq type='set' from='juliet@capulet.lit/chamber' id='publish2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='urn:xmpp:avatar:metadata'>
                  <item id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f'>
                    <metadata xmlns='urn:xmpp:avatar:metadata'>
                      <info bytes='12345'
                            id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f'
                            height='64'
                            type='image/png'
                            width='64'/>
                    </metadata>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0084 example "Publishing avatar metadata" (line 225 of xep-0084.xml), verbatim.
    public static final String PUBLISHING_AVATAR_METADATA_2 = """
            <iq type='set' from='juliet@capulet.lit/chamber' id='publish2'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='urn:xmpp:avatar:metadata'>
                  <item id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f'>
                    <metadata xmlns='urn:xmpp:avatar:metadata'>
                      <info bytes='23456'
                            height='64'
                            id='357a8123a30844a3aa99861b6349264ba67a5694'
                            type='image/gif'
                            url='http://avatars.example.org/happy.gif'
                            width='64'/>
                    </metadata>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0084 example "Subscribers receive avatar metadata notification" (line 246 of xep-0084.xml), verbatim.
    public static final String SUBSCRIBERS_RECEIVE_AVATAR_METADATA_NOTIFICATION = """
            <message to='romeo@montague.lit/home' from='juliet@capulet.lit'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='urn:xmpp:avatar:metadata'>
                  <item id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f'>
                    <metadata xmlns='urn:xmpp:avatar:metadata'>
                      <info bytes='12345'
                            height='64'
                            id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f'
                            type='image/png'
                            width='64'/>
                    </metadata>
                  </item>
                </items>
              </event>
              <addresses xmlns='http://jabber.org/protocol/address'>
                <address type='replyto' jid='juliet@capulet.lit/chamber'/>
              </addresses>
            </message>""";

    // XEP-0084 example "Subscriber requests last item by ItemID" (line 271 of xep-0084.xml), verbatim.
    public static final String SUBSCRIBER_REQUESTS_LAST_ITEM_BY_ITEMID = """
            <iq type='get'
                from='romeo@montague.lit/home'
                to='juliet@capulet.lit'
                id='retrieve1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <items node='urn:xmpp:avatar:data'>
                  <item id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f'/>
                </items>
              </pubsub>
            </iq>""";

    // XEP-0084 example "PEP service returns avatar data" (line 284 of xep-0084.xml), verbatim.
    public static final String PEP_SERVICE_RETURNS_AVATAR_DATA = """
            <iq type='result'
                from='juliet@capulet.lit'
                to='romeo@montague.lit/home'
                id='retrieve1'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <items node='urn:xmpp:avatar:data'>
                  <item id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f'>
                    <data xmlns='urn:xmpp:avatar:data'>
                      qANQR1DBwU4DX7jmYZnncm...
                    </data>
                  </item>
                </items>
              </pubsub>
            </iq>""";

    // XEP-0084 example "Temporarily disabling avatar publishing" (line 304 of xep-0084.xml), verbatim.
    public static final String TEMPORARILY_DISABLING_AVATAR_PUBLISHING = """
            <iq type='set' from='juliet@capulet.lit/chamber' id='publish3'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='urn:xmpp:avatar:metadata'>
                  <item>
                    <metadata xmlns='urn:xmpp:avatar:metadata'/>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0084 example "Subscribers receive avatar metadata notification" (line 316 of xep-0084.xml), verbatim.
    public static final String SUBSCRIBERS_RECEIVE_AVATAR_METADATA_NOTIFICATION_2 = """
            <message to='romeo@montague.lit/home' from='juliet@capulet.lit'>
              <event xmlns='http://jabber.org/protocol/pubsub#event'>
                <items node='urn:xmpp:avatar:metadata'>
                  <item>
                    <metadata xmlns='urn:xmpp:avatar:metadata'/>
                  </item>
                </items>
              </event>
            </message>""";

    // XEP-0084 example "Publishing avatar metadata (multiple formats)" (line 435 of xep-0084.xml), verbatim.
    public static final String PUBLISHING_AVATAR_METADATA_MULTIPLE_FORMATS = """
            <iq type='set' from='juliet@capulet.lit/chamber' id='publish3'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='urn:xmpp:avatar:metadata'>
                  <item id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f'>
                    <metadata xmlns='urn:xmpp:avatar:metadata'>
                      <info bytes='12345'
                            height='64'
                            id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f'
                            type='image/png'
                            width='64'/>
                      <info bytes='12345'
                            height='64'
                            id='e279f80c38f99c1e7e53e262b440993b2f7eea57'
                            type='image/png'
                            url='http://avatars.example.org/happy.png'
                            width='64'/>
                      <info bytes='23456'
                            height='64'
                            id='357a8123a30844a3aa99861b6349264ba67a5694'
                            type='image/gif'
                            url='http://avatars.example.org/happy.gif'
                            width='64'/>
                      <info bytes='78912'
                            height='64'
                            id='03a179fe37bd5d6bf9c2e1e592a14ae7814e31da'
                            type='image/mng'
                            url='http://avatars.example.org/happy.mng'
                            width='64'/>
                    </metadata>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    // XEP-0084 example "Publishing avatar metadata (with pointer)" (line 474 of xep-0084.xml), verbatim.
    public static final String PUBLISHING_AVATAR_METADATA_WITH_POINTER = """
            <iq type='set' from='juliet@capulet.lit/chamber' id='publish4'>
              <pubsub xmlns='http://jabber.org/protocol/pubsub'>
                <publish node='urn:xmpp:avatar:metadata'>
                  <item id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f'>
                    <metadata xmlns='urn:xmpp:avatar:metadata'>
                      <info bytes='12345'
                            height='64'
                            id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f'
                            type='image/png'
                            width='64'/>
                      <pointer>
                        <x xmlns='http://example.com/virtualworlds'>
                          <game>Ancapistan</game>
                          <character>Kropotkin</character>
                        </x>
                      </pointer>
                    </metadata>
                  </item>
                </publish>
              </pubsub>
            </iq>""";

    private Xep0084Examples() {
    }
}
