package im.parley.xmpp.ext.forms.media;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.DataFormCodec;
import im.parley.xmpp.ext.forms.FieldType;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.forms.RoundTrip;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XEP-0221 round trips on both examples of the XEP, and its rules. */
class MediaCodecTest {
    private static final MediaCodec CODEC = new MediaCodec();
    private static final String NS = "xmlns='" + Media.NAMESPACE + "'";

    @Test
    void audioMediaElement() throws Exception {
        Media media = RoundTrip.of(CODEC, XepExamples.element(Xep0221Examples.AUDIO_MEDIA_ELEMENT));

        assertThat(media.height()).isNull();
        assertThat(media.width()).isNull();
        assertThat(media.uris()).containsExactly(
                new Media.Location("audio/x-wav", URI.create("http://victim.example.com/challenges/speech.wav?F3A6292C")),
                new Media.Location("audio/ogg; codecs=speex",
                        URI.create("cid:sha1+a15a505e360702b79c75a5f67773072ed392f52a@bob.xmpp.org")),
                new Media.Location("audio/mpeg", URI.create("http://victim.example.com/challenges/speech.mp3?F3A6292C")));
    }

    @Test
    void inclusionInDataForm() throws Exception {
        DataForm form = RoundTrip.of(new DataFormCodec(), XepExamples.element(Xep0221Examples.INCLUSION_IN_DATA_FORM));

        FormField ocr = form.field("ocr").orElseThrow();
        assertThat(ocr.type()).isEqualTo(FieldType.TEXT_SINGLE);
        assertThat(ocr.extensions()).isEmpty();
        Media media = ocr.media().get(0);
        assertThat(media.height()).isEqualTo(80);
        assertThat(media.width()).isEqualTo(290);
        assertThat(media.uris()).extracting(Media.Location::type).containsExactly("image/jpeg", "image/jpeg");
        assertThat(media.uris().get(1).uri().getScheme()).isEqualTo("cid");
    }

    @Test
    void aMediaElementWithoutUrisIsAllowed() throws Exception {
        // The schema has uri minOccurs='0'; §2 only says SHOULD.
        assertThat(RoundTrip.of(CODEC, XepExamples.element("<media " + NS + " width='10'/>")))
                .isEqualTo(new Media(null, 10, List.of()));
    }

    @Test
    void malformedMediaSaysWhy() throws Exception {
        assertThat(RoundTrip.malformedReason(CODEC, "<media " + NS + "><uri>http://a.example/x.png</uri></media>"))
                .contains("'type'");
        assertThat(RoundTrip.malformedReason(CODEC, "<media " + NS + "><uri type='png'>http://a.example/x.png</uri></media>"))
                .contains("not type/subtype");
        assertThat(RoundTrip.malformedReason(CODEC, "<media " + NS + "><uri type='image/png'> </uri></media>"))
                .contains("without a URI");
        assertThat(RoundTrip.malformedReason(CODEC, "<media " + NS + "><uri type='image/png'>http://a b/</uri></media>"))
                .contains("not a URI");
        assertThat(RoundTrip.malformedReason(CODEC, "<media " + NS + " height='70000'/>")).contains("'height'");
        assertThat(RoundTrip.malformedReason(new DataFormCodec(), "<x xmlns='jabber:x:data' type='form'>"
                + "<field var='ocr'><media " + NS + " width='-1'/></field></x>")).contains("'width'");
    }
}
