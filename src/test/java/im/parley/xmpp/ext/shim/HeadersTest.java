package im.parley.xmpp.ext.shim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** XEP-0131 examples 5, 6, 7 and 9. */
class HeadersTest {
    // XEP-0131 example 5, "A basic example".
    private static final String EXAMPLE_5 = """
            <message xmlns='jabber:client' from='romeo@montague.net/orchard'
                     to='juliet@capulet.com/balcony'>
              <body>Neither, fair saint, if either thee dislike.</body>
              <headers xmlns='http://jabber.org/protocol/shim'>
                <header name='In-Reply-To'>123456789@capulet.com</header>
                <header name='Keywords'>shakespeare,&lt;xmpp/&gt;</header>
              </headers>
            </message>""";
    // XEP-0131 example 6, "An IQ example" (with the type an IQ needs).
    private static final String EXAMPLE_6 = """
            <iq xmlns='jabber:client' from='romeo@montague.net/orchard'
                to='juliet@capulet.com/balcony'
                id='ping1' type='get'>
              <query xmlns='jabber:iq:time'>
                <headers xmlns='http://jabber.org/protocol/shim'>
                  <header name='Created'>2004-09-21T03:01:52Z</header>
                </headers>
              </query>
            </iq>""";
    // XEP-0131 example 7, "Time to Live for Presence Information".
    private static final String EXAMPLE_7 = """
            <presence xmlns='jabber:client'>
              <show>dnd</show>
              <status>in a meeting</status>
              <headers xmlns='http://jabber.org/protocol/shim'>
                <header name='Created'>2004-05-10T11:00Z</header>
                <header name='TTL'>3600</header>
              </headers>
            </presence>""";

    private static XmlElement xml(String s) throws Exception {
        return XmlStreamParser.parseDocument(s.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    private static Stanza stanza(String s) throws Exception {
        return Stanza.fromXml(xml(s)).orElseThrow();
    }

    @Test
    void readsAndWritesExample5() throws Exception {
        Headers h = Headers.from(stanza(EXAMPLE_5)).orElseThrow();

        assertThat(h).isEqualTo(Headers.of(new Header("In-Reply-To", "123456789@capulet.com"),
                new Header("Keywords", "shakespeare,<xmpp/>")));
        assertThat(h.value("keywords")).contains("shakespeare,<xmpp/>");
        assertThat(Headers.fromXml(xml(h.toXml().toString()))).isEqualTo(h);
        assertThat(h.toXml().toString()).contains("shakespeare,&lt;xmpp/&gt;");
    }

    @Test
    void findsHeadersInsideAnIqQuery() throws Exception {
        assertThat(Headers.from(stanza(EXAMPLE_6)).orElseThrow().value("Created")).contains("2004-09-21T03:01:52Z");
    }

    @Test
    void readsThePresenceTtlExample() throws Exception {
        Headers h = Headers.from(stanza(EXAMPLE_7)).orElseThrow();

        assertThat(h.value("TTL")).contains("3600");
        assertThat(h.values("Created")).containsExactly("2004-05-10T11:00Z");
    }

    @Test
    void attachesToAMessageAndRefusesNamelessHeaders() throws Exception {
        Message m = Message.builder().body("Wherefore are thou?!?").payload(Headers.of(new Header("Urgency", "high")).toXml())
                .build();

        assertThat(Headers.from(stanza(m.toXml().toString())).orElseThrow().value("Urgency")).contains("high");
        assertThatThrownBy(() -> Headers.fromXml(xml(
                "<headers xmlns='http://jabber.org/protocol/shim'><header>x</header></headers>")))
                .isInstanceOf(PayloadFormatException.class);
        assertThat(Headers.from(Message.builder().body("none").build())).isEmpty();
    }
}
