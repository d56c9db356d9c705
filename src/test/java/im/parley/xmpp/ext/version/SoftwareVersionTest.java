package im.parley.xmpp.ext.version;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** jabber:iq:version payloads, from XEP-0092 example 2. */
class SoftwareVersionTest {
    // XEP-0092 example 2 ('Receiving a Reply Regarding Software Version'), with the client namespace added.
    private static final String EXAMPLE_2 = """
            <iq xmlns='jabber:client'
                type='result'
                to='romeo@montague.net/orchard'
                from='juliet@capulet.com/balcony'
                id='version_1'>
              <query xmlns='jabber:iq:version'>
                <name>Exodus</name>
                <version>0.7.0.4</version>
                <os>Windows-XP 5.01.2600</os>
              </query>
            </iq>""";

    private static XmlElement parse(String xml) throws Exception {
        return XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    @Test
    void readsTheXepExample() throws Exception {
        Iq iq = (Iq) Stanza.fromXml(parse(EXAMPLE_2)).orElseThrow();

        assertThat(SoftwareVersion.fromXml(iq.query().orElseThrow()))
                .isEqualTo(new SoftwareVersion("Exodus", "0.7.0.4", "Windows-XP 5.01.2600"));
    }

    @Test
    void roundTrips() throws Exception {
        SoftwareVersion v = new SoftwareVersion("Parley", "0.1.0 <beta> & co", "Linux");

        assertThat(SoftwareVersion.fromXml(parse(v.toXml().toXml("")))).isEqualTo(v);
    }

    @Test
    void omittedOsIsNotWrittenAndMissingFieldsReadAsNull() throws Exception {
        XmlElement xml = new SoftwareVersion("Parley", "0.1.0", null).toXml();

        assertThat(xml.child("os", SoftwareVersion.NAMESPACE)).isEmpty();
        assertThat(SoftwareVersion.fromXml(parse(xml.toXml(""))))
                .isEqualTo(new SoftwareVersion("Parley", "0.1.0", null));
        assertThat(SoftwareVersion.fromXml(XmlElement.empty("query", SoftwareVersion.NAMESPACE)))
                .isEqualTo(new SoftwareVersion(null, null, null));
    }
}
