package im.parley.xmpp.ext.captcha;

/**
 * Examples of XEP-0158 1.0.1, copied from the XEP as they are (shared/specs/xeps/xep-0158.xml),
 * and a challenge ejabberd 23.01 sent for a join of a captcha_protected room.
 */
final class Xep0158Examples {
    private Xep0158Examples() {
    }

    // XEP-0158 example 2, "Challenger Offers a Choice of Challenges to Sender".
    static final String CHALLENGE = """
            <message from='victim.com'
                to='robot@abuser.com/zombie'
                xml:lang='en'
                id='F3A6292C'>
              <body>
                Your messages to innocent@victim.com are being blocked. To unblock
                them, visit http://www.victim.com/challenge.html?F3A6292C
              </body>
              <x xmlns='jabber:x:oob'>
                <url>http://www.victim.com/challenge.html?F3A6292C</url>
              </x>
              <captcha xmlns='urn:xmpp:captcha'>
                <x xmlns='jabber:x:data' type='form'>
                  <field type='hidden' var='FORM_TYPE'>
                    <value>urn:xmpp:captcha</value>
                  </field>
                  <field type='hidden' var='from'><value>innocent@victim.com</value></field>
                  <field type='hidden' var='challenge'><value>F3A6292C</value></field>
                  <field type='hidden' var='sid'><value>spam1</value></field>
                  <field var='ocr' label='Enter the text you see'>
                    <media xmlns='urn:xmpp:media-element'
                           height='80'
                           width='290'>
                      <uri type='image/jpeg'>
                        http://www.victim.com/challenges/ocr.jpeg?F3A6292C
                      </uri>
                      <uri type='image/jpeg'>
                        cid:sha1+f24030b8d91d233bac14777be5ab531ca3b9f102@bob.xmpp.org
                      </uri>
                    </media>
                  </field>
                  <field var='picture_recog' label='Identify the picture'>
                    <media xmlns='urn:xmpp:media-element'
                           height='150'
                           width='150'>
                      <uri type='image/jpeg'>
                        http://www.victim.com/challenges/picture.jpeg?F3A6292C
                      </uri>
                      <uri type='image/jpeg'>
                        cid:sha1+f2377f3a3287eac81028243079e1aa9905c466bc@bob.xmpp.org
                      </uri>
                    </media>
                  </field>
                  <field var='speech_recog' label='Enter the words you hear'>
                    <media xmlns='urn:xmpp:media-element'>
                      <uri type='audio/x-wav'>
                        http://www.victim.com/challenges/speech.wav?F3A6292C
                      </uri>
                      <uri type='audio/ogg-speex'>
                        http://www.victim.com/challenges/speech.ogg?F3A6292C
                      </uri>
                    </media>
                  </field>
                  <field var='video_recog' label='Identity the video'>
                    <media xmlns='urn:xmpp:media-element'
                           height='150'
                           width='150'>
                      <uri type='video/mpeg'>
                        http://www.victim.com/challenges/video.mpeg?F3A6292C
                      </uri>
                    </media>
                  </field>
                  <field label='Type the color of a stop light' type='text-single' var='qa'/>
                  <field label='93C7A' type='text-single' var='SHA-256'/>
                </x>
              </captcha>
            </message>
            """;

    // XEP-0158 example 4, "Sender Sends One Response to Challenger".
    static final String RESPONSE = """
            <iq type='set'
                from='robot@abuser.com/zombie'
                to='victim.com'
                xml:lang='en'
                id='z140r0s'>
              <captcha xmlns='urn:xmpp:captcha'>
                <x xmlns='jabber:x:data' type='submit'>
                  <field var='FORM_TYPE'>
                    <value>urn:xmpp:captcha</value>
                  </field>
                  <field var='from'><value>innocent@victim.com</value></field>
                  <field var='challenge'><value>F3A6292C</value></field>
                  <field var='sid'><value>spam1</value></field>
                  <field var='ocr'><value>7nHL3</value></field>
                </x>
              </captcha>
            </iq>
            """;

    // ejabberd 23.01 (mod_muc, captcha_cmd set) to bob joining capt1@conference.localhost as "bob".
    static final String EJABBERD_ROOM_CHALLENGE = """
            <message to="bob@localhost/y" from="capt1@conference.localhost" id="10384398874246515841"><no-store xmlns="urn:xmpp:hints" /><x xmlns="jabber:x:oob"><url>http://127.0.0.1:29580/captcha/10384398874246515841</url></x><captcha xmlns="urn:xmpp:captcha"><x xmlns="jabber:x:data" type="form"><field var="FORM_TYPE" type="hidden"><value>urn:xmpp:captcha</value></field><field var="from" type="hidden" label="Attribute &apos;to&apos; of stanza that triggered challenge"><value>capt1@conference.localhost/bob</value></field><field var="challenge" type="hidden" label="Challenge ID"><required /><value>10384398874246515841</value></field><field var="sid" type="hidden" label="Stanza ID"><value>ecd221df4b734ff486d483088e50b11a</value></field><field var="ocr" type="text-single" label="Enter the text you see"><media xmlns="urn:xmpp:media-element"><uri type="image/png">cid:sha1+09d1b9fb17a297dc9b16be0c52a8af725b838b62@bob.xmpp.org</uri></media><required /></field></x></captcha><data xmlns="urn:xmpp:bob" type="image/png" max-age="0" cid="sha1+09d1b9fb17a297dc9b16be0c52a8af725b838b62@bob.xmpp.org">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAADnRFWHRjYXB0Y2hhADc0NzEyNHpUHvEAAAAKSURBVHicY2AAAAACAAFIr6RxAAAAAElFTkSuQmCC</data><body xml:lang="en">Your subscription request and/or messages to capt1@conference.localhost have been blocked. To unblock your subscription request, visit http://127.0.0.1:29580/captcha/10384398874246515841</body></message>
            """;
}
