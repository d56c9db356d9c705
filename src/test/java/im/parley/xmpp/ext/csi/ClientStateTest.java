package im.parley.xmpp.ext.csi;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** XEP-0352 examples 1-3. */
class ClientStateTest {
    @Test
    void nonzasOfExamples2And3() {
        assertThat(ClientState.INACTIVE.toXml().toString()).isEqualTo("<inactive xmlns=\"urn:xmpp:csi:0\"/>");
        assertThat(ClientState.ACTIVE.toXml().toString()).isEqualTo("<active xmlns=\"urn:xmpp:csi:0\"/>");
    }

    @Test
    void supportComesFromTheStreamFeaturesOfExample1() throws Exception {
        XmlElement features = XmlStreamParser.parseDocument("""
                <stream:features xmlns:stream='http://etherx.jabber.org/streams'>
                  <csi xmlns='urn:xmpp:csi:0'/>
                </stream:features>""".getBytes(StandardCharsets.UTF_8), Limits.defaults());
        assertThat(ClientState.isSupported(features)).isTrue();
        assertThat(ClientState.isSupported(XmlElement.empty("features", "http://etherx.jabber.org/streams"))).isFalse();
        assertThat(ClientState.isSupported(null)).isFalse();
    }
}
