package im.parley.xmpp.ext.oob;

import static im.parley.xmpp.ext.XepExamples.element;
import static im.parley.xmpp.ext.XepExamples.stanza;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.stanza.Message;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** XEP-0066 example 5 (jabber:x:oob in a message) and the links we refuse to surface. */
class OobAttachmentTest {
    // XEP-0066's jabber:x:oob message example, with the client namespace added.
    private static final String EXAMPLE = """
            <message xmlns='jabber:client' from='stpeter@jabber.org/work'
                     to='MaineBoy@jabber.org/home'>
              <body>Yeah, but do you have a license to Jabber?</body>
              <x xmlns='jabber:x:oob'>
                <url>http://www.jabber.org/images/psa-license.jpg</url>
              </x>
            </message>""";

    @Test
    void readsAndRoundTripsTheXepExample() throws Exception {
        assertThat(OobAttachment.of(stanza(EXAMPLE)))
                .containsExactly(new OobAttachment(URI.create("http://www.jabber.org/images/psa-license.jpg"), null));
        OobAttachment a = new OobAttachment(URI.create("https://example.org/a%20b.png"), "a & b");
        assertThat(OobAttachment.fromXml(a.toXml())).isEqualTo(a);
        assertThatThrownBy(() -> OobAttachment.fromXml(element("<x xmlns='jabber:x:oob'><desc>d</desc></x>")))
                .isInstanceOf(PayloadFormatException.class);
    }

    @Test
    void onlyWebLinksAreSurfaced() throws Exception {
        Message.Builder b = Message.builder().body("files");
        for (String url : new String[] {"file:///etc/passwd", "javascript:alert(1)", "smb://host/share", "https:/no-host",
                "not a uri", "HTTPS://example.org/ok.png"}) {
            b.payload(new OobXml(url).xml());
        }
        assertThat(OobAttachment.of(b.build())).extracting(a -> a.url().toString())
                .containsExactly("HTTPS://example.org/ok.png");
    }

    /** Raw XML, since the record itself refuses nothing and bad URIs must come off the wire. */
    private record OobXml(String url) {
        im.parley.xmpp.xml.XmlElement xml() {
            return im.parley.xmpp.xml.XmlElement.builder("x", OobAttachment.NAMESPACE)
                    .child(im.parley.xmpp.xml.XmlElement.ofText("url", OobAttachment.NAMESPACE, url)).build();
        }
    }
}
