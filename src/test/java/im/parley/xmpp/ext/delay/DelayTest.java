package im.parley.xmpp.ext.delay;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** XEP-0203 examples 1 and 2, and lenient stamps. */
class DelayTest {
    // XEP-0203 example 1, with the client namespace added.
    private static final String EXAMPLE_1 = """
            <message xmlns='jabber:client'
                from='romeo@montague.net/orchard'
                to='juliet@capulet.com'
                type='chat'>
              <body>
                O blessed, blessed night! I am afeard.
                Being in night, all this is but a dream,
                Too flattering-sweet to be substantial.
              </body>
              <delay xmlns='urn:xmpp:delay'
                 from='capulet.com'
                 stamp='2002-09-10T23:08:25Z'>
                Offline Storage
              </delay>
            </message>""";
    // XEP-0203 example 2, with the client namespace added.
    private static final String EXAMPLE_2 = """
            <presence xmlns='jabber:client' from='juliet@capulet.com/balcony' to='romeo@montague.net'>
              <status>anon!</status>
              <show>xa</show>
              <priority>1</priority>
              <delay xmlns='urn:xmpp:delay'
                 from='juliet@capulet.com/balcony'
                 stamp='2002-09-10T23:41:07Z'/>
            </presence>""";

    private static XmlElement parse(String xml) throws Exception {
        return XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    @Test
    void readsExample1FromAMessage() throws Exception {
        Delay d = Delay.of(Stanza.fromXml(parse(EXAMPLE_1)).orElseThrow()).orElseThrow();

        assertThat(d).isEqualTo(new Delay(Instant.parse("2002-09-10T23:08:25Z"), Jid.of("capulet.com"), "Offline Storage"));
        assertThat(Delay.fromXml(parse(d.toXml().toXml("")))).contains(d);
    }

    @Test
    void readsExample2FromAPresence() throws Exception {
        Delay d = Delay.of(Stanza.fromXml(parse(EXAMPLE_2)).orElseThrow()).orElseThrow();

        assertThat(d).isEqualTo(new Delay(Instant.parse("2002-09-10T23:41:07Z"),
                Jid.of("juliet@capulet.com/balcony"), null));
        assertThat(Delay.fromXml(parse(d.toXml().toXml("")))).contains(d);
    }

    @ParameterizedTest
    @CsvSource({
        "2002-09-10T23:08:25.123Z, 2002-09-10T23:08:25.123Z",
        "2002-09-10T23:08:25.123456789Z, 2002-09-10T23:08:25.123456789Z",
        "2002-09-10T23:08:25+02:00, 2002-09-10T21:08:25Z",
        "2002-09-10T23:08:25.5-05:30, 2002-09-11T04:38:25.5Z",
        "2002-09-10t23:08:25z, 2002-09-10T23:08:25Z",
        "' 2002-09-10T23:08:25Z ', 2002-09-10T23:08:25Z",
    })
    void readsStampsLeniently(String stamp, String expected) {
        assertThat(Delay.parseStamp(stamp)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2002-13-10T23:08:25Z", "2002-09-10 23:08:25Z", "20020910T23:08:25",
        "2002-09-10T23:08:25"})
    void anInvalidStampMakesTheDelayAbsent(String stamp) throws Exception {
        XmlElement e = XmlElement.builder("delay", Delay.NAMESPACE).attribute("stamp", stamp).build();

        assertThat(Delay.fromXml(e)).isEmpty();
        assertThat(Delay.fromXml(XmlElement.empty("delay", Delay.NAMESPACE))).isEmpty();
    }

    @Test
    void aBadFromOnlyLosesTheFrom() {
        XmlElement e = XmlElement.builder("delay", Delay.NAMESPACE).attribute("stamp", "2002-09-10T23:08:25Z")
                .attribute("from", "a@@b").build();

        assertThat(Delay.fromXml(e)).contains(new Delay(Instant.parse("2002-09-10T23:08:25Z"), null, null));
    }
}
