package im.parley.xmpp.ext.forms.media;

/** The examples of XEP-0221 Data Forms Media Element, copied from the XEP as they are (shared/specs/xeps/xep-0221.xml). */
final class Xep0221Examples {
    // XEP-0221 example "Audio Media Element", verbatim.
    static final String AUDIO_MEDIA_ELEMENT = """
            <media xmlns='urn:xmpp:media-element'>
              <uri type='audio/x-wav'>
                http://victim.example.com/challenges/speech.wav?F3A6292C
              </uri>
              <uri type='audio/ogg; codecs=speex'>
                cid:sha1+a15a505e360702b79c75a5f67773072ed392f52a@bob.xmpp.org
              </uri>
              <uri type='audio/mpeg'>
                http://victim.example.com/challenges/speech.mp3?F3A6292C
              </uri>
            </media>""";

    // XEP-0221 example "Inclusion in Data Form", verbatim.
    static final String INCLUSION_IN_DATA_FORM = """
            <x xmlns='jabber:x:data' type='form'>
              [ ... ]
              <field var='ocr'>
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
              [ ... ]
            </x>""";

    private Xep0221Examples() {
    }
}
