package im.parley.xmpp.ext.jingle.rawudp;

import static im.parley.xmpp.ext.XepExamples.element;
import static im.parley.xmpp.ext.XepExamples.jinglePayload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.jingle.dtls.DtlsFingerprint;
import im.parley.xmpp.ext.jingle.iceudp.CandidateType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** XEP-0177 examples 1 and 3, and the gateway's candidate of XEP-0176 example 11. */
class RawUdpTransportTest {
    @Test
    void readsTheInitiatorsCandidate() throws Exception {
        RawUdpTransport t = RawUdpTransport.fromXml(jinglePayload("""
                <iq from='romeo@montague.lit/orchard'
                    id='tp2hd816'
                    to='juliet@capulet.lit/balcony'
                    type='set'>
                  <jingle xmlns='urn:xmpp:jingle:1'
                          action='session-initiate'
                          initiator='romeo@montague.lit/orchard'
                          sid='a73sjjvkla37jfea'>
                    <content creator='initiator' name='voice'>
                      <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>
                        <payload-type id='18' name='G729'/>
                      </description>
                      <transport xmlns='urn:xmpp:jingle:transports:raw-udp:1'>
                        <candidate component='1'
                                   generation='0'
                                   id='a9j3mnbtu1'
                                   ip='10.1.1.104'
                                   port='13540'/>
                      </transport>
                    </content>
                  </jingle>
                </iq>""", RawUdpTransport.NAMESPACE));

        assertThat(t.candidates()).containsExactly(new RawUdpCandidate(1, 0, "a9j3mnbtu1", "10.1.1.104", 13540, null));
        assertThat(t.fingerprint()).isNull();
        assertThat(RawUdpTransport.fromXml(t.toXml())).isEqualTo(t);
    }

    @Test
    void readsOneCandidateForRtpAndOneForRtcp() throws Exception {
        RawUdpTransport t = RawUdpTransport.fromXml(element("""
                <transport xmlns='urn:xmpp:jingle:transports:raw-udp:1'>
                  <candidate component='1'
                             generation='0'
                             id='z7sdjb01hf'
                             ip='208.68.163.214'
                             port='9876'/>
                  <candidate component='2'
                             generation='0'
                             id='hg92lsn10b'
                             ip='208.68.163.214'
                             port='9877'/>
                </transport>"""));

        assertThat(t.candidates()).extracting(RawUdpCandidate::component).containsExactly(1, 2);
        assertThat(t.candidates()).extracting(RawUdpCandidate::port).containsExactly(9876, 9877);
        assertThat(RawUdpTransport.fromXml(t.toXml())).isEqualTo(t);
    }

    @Test
    void aCandidateWithoutComponentIsRtp() throws Exception {
        // XEP-0176 example 11: the gateway's transport-replace leaves the component out.
        RawUdpCandidate c = RawUdpTransport.fromXml(element("""
                <transport xmlns='urn:xmpp:jingle:transports:raw-udp:1'>
                  <candidate generation='0'
                             id='a9j3mnbtu1'
                             ip='10.1.1.104'
                             port='13540'/>
                </transport>""")).candidates().get(0);

        assertThat(c.component()).isEqualTo(1);
        assertThat(c.toXml().attributeOrNull("component")).isEqualTo("1");
    }

    @Test
    void carriesTheTypeHintAndAFingerprint() throws Exception {
        RawUdpTransport t = new RawUdpTransport(
                List.of(new RawUdpCandidate(1, 0, "a9j3mnbtu1", "192.0.2.3", 45664, CandidateType.SRFLX)),
                new DtlsFingerprint("sha-256", DtlsFingerprint.Setup.ACTPASS, "02:1A:CC:54"));

        assertThat(t.toXml().child("candidate", RawUdpTransport.NAMESPACE).orElseThrow().attributeOrNull("type"))
                .isEqualTo("srflx");
        assertThat(RawUdpTransport.fromXml(t.toXml())).isEqualTo(t);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "generation='0' id='c' ip='10.1.1.104' port='65536'",
        "generation='0' id='c' ip='10.1.1.104' port='port'",
        "component='0' generation='0' id='c' ip='10.1.1.104' port='1'",
        "component='x' generation='0' id='c' ip='10.1.1.104' port='1'",
        "generation='256' id='c' ip='10.1.1.104' port='1'",
        "id='c' ip='10.1.1.104' port='1'",
        "generation='0' ip='10.1.1.104' port='1'",
        "generation='0' id='c' port='1'",
        "generation='0' id='c' ip='10.1.1.104'",
        "generation='0' id='c' ip='10.1.1.104' port='1' type='turn'",
    })
    void malformedCandidatesAreRefused(String attributes) {
        String xml = "<transport xmlns='urn:xmpp:jingle:transports:raw-udp:1'><candidate " + attributes + "/></transport>";

        assertThatThrownBy(() -> RawUdpTransport.fromXml(element(xml))).isInstanceOf(PayloadFormatException.class);
    }
}
