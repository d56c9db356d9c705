package im.parley.xmpp.ext.last;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** jabber:iq:last payloads, from the XEP-0012 examples. */
class LastActivityTest {
    // XEP-0012 'Last Activity Response', with the client namespace added.
    private static final String EXAMPLE = """
            <iq xmlns='jabber:client' from='juliet@capulet.com'
                id='last1'
                to='romeo@montague.net/orchard'
                type='result'>
              <query xmlns='jabber:iq:last' seconds='903'/>
            </iq>""";

    private static XmlElement parse(String xml) throws Exception {
        return XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    private static LastActivity withSeconds(String seconds) throws Exception {
        return LastActivity.fromXml(parse("<query xmlns='jabber:iq:last' seconds='" + seconds + "'/>"));
    }

    @Test
    void readsTheXepExample() throws Exception {
        Iq iq = (Iq) Stanza.fromXml(parse(EXAMPLE)).orElseThrow();

        LastActivity last = LastActivity.fromXml(iq.query().orElseThrow());

        assertThat(last.seconds()).isEqualTo(Duration.ofSeconds(903));
        assertThat(last.status()).isNull();
    }

    @Test
    void readsTheStatusOfTheServerExample() throws Exception {
        LastActivity last = LastActivity.fromXml(
                parse("<query xmlns='jabber:iq:last' seconds='903'>Heading Home</query>"));

        assertThat(last).isEqualTo(new LastActivity(Duration.ofSeconds(903), "Heading Home"));
    }

    @Test
    void roundTripsWholeSeconds() throws Exception {
        LastActivity last = new LastActivity(Duration.ofSeconds(123456), "Gone <fishing> & back");

        assertThat(LastActivity.fromXml(parse(last.toXml().toXml("")))).isEqualTo(last);
        assertThat(new LastActivity(Duration.ofMillis(1999), null).toXml().attributeOrNull("seconds")).isEqualTo("1");
    }

    @Test
    void missingNegativeOrGarbageSecondsReadAsZero() throws Exception {
        assertThat(withSeconds("-5").seconds()).isZero();
        assertThat(withSeconds("soon").seconds()).isZero();
        assertThat(withSeconds(" 42 ").seconds()).isEqualTo(Duration.ofSeconds(42));
        assertThat(LastActivity.fromXml(XmlElement.empty("query", LastActivity.NAMESPACE)).seconds()).isZero();
    }
}
