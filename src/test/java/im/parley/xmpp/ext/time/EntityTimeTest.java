package im.parley.xmpp.ext.time;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** urn:xmpp:time payloads, from the XEP-0202 example. */
class EntityTimeTest {
    // XEP-0202 'A Response to the Query', with the client namespace added.
    private static final String EXAMPLE = """
            <iq xmlns='jabber:client' type='result'
                from='juliet@capulet.com/balcony'
                to='romeo@montague.net/orchard'
                id='time_1'>
              <time xmlns='urn:xmpp:time'>
                <tzo>-06:00</tzo>
                <utc>2006-12-19T17:58:35Z</utc>
              </time>
            </iq>""";

    private static XmlElement parse(String xml) throws Exception {
        return XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    private static XmlElement time(String tzo, String utc) throws Exception {
        return parse("<time xmlns='urn:xmpp:time'><tzo>" + tzo + "</tzo><utc>" + utc + "</utc></time>");
    }

    @Test
    void readsTheXepExample() throws Exception {
        Iq iq = (Iq) Stanza.fromXml(parse(EXAMPLE)).orElseThrow();

        EntityTime t = EntityTime.fromXml(iq.query().orElseThrow());

        assertThat(t.utc()).isEqualTo(Instant.parse("2006-12-19T17:58:35Z"));
        assertThat(t.offset()).isEqualTo(ZoneOffset.ofHours(-6));
    }

    @Test
    void writesTheXepExampleForm() {
        XmlElement xml = new EntityTime(Instant.parse("2006-12-19T17:58:35Z"), ZoneOffset.ofHours(-6)).toXml();

        assertThat(xml.childText("tzo", EntityTime.NAMESPACE)).contains("-06:00");
        assertThat(xml.childText("utc", EntityTime.NAMESPACE)).contains("2006-12-19T17:58:35Z");
    }

    @Test
    void utcOffsetIsWrittenNumerically() {
        XmlElement xml = new EntityTime(Instant.parse("2006-12-19T17:58:35Z"), ZoneOffset.UTC).toXml();

        assertThat(xml.childText("tzo", EntityTime.NAMESPACE)).contains("+00:00");
    }

    @Test
    void fractionalSecondsAreKeptToTheMillisecond() throws Exception {
        EntityTime precise = new EntityTime(Instant.parse("2006-12-19T17:58:35.123456789Z"), ZoneOffset.ofHoursMinutes(5, 30));

        XmlElement xml = precise.toXml();
        EntityTime read = EntityTime.fromXml(parse(xml.toXml("")));

        assertThat(xml.childText("utc", EntityTime.NAMESPACE)).contains("2006-12-19T17:58:35.123Z");
        assertThat(read).isEqualTo(new EntityTime(Instant.parse("2006-12-19T17:58:35.123Z"), ZoneOffset.ofHoursMinutes(5, 30)));
    }

    @Test
    void acceptsZuluOffsetAndSurroundingWhitespace() throws Exception {
        EntityTime t = EntityTime.fromXml(time(" Z ", "\n 2006-12-19T17:58:35Z \n"));

        assertThat(t.offset()).isEqualTo(ZoneOffset.UTC);
        assertThat(t.utc()).isEqualTo(Instant.parse("2006-12-19T17:58:35Z"));
    }
}
