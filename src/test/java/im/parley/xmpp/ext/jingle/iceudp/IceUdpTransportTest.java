package im.parley.xmpp.ext.jingle.iceudp;

import static im.parley.xmpp.ext.XepExamples.element;
import static im.parley.xmpp.ext.XepExamples.jinglePayload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.jingle.dtls.DtlsFingerprint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** XEP-0176 examples 1, 4 and 5, and the transport of XEP-0320 example 1 with its fingerprint. */
class IceUdpTransportTest {
    private static final String INITIATION = """
            <iq from='romeo@montague.lit/orchard'
                id='ixt174g9'
                to='juliet@capulet.lit/balcony'
                type='set'>
              <jingle xmlns='urn:xmpp:jingle:1'
                      action='session-initiate'
                      initiator='romeo@montague.lit/orchard'
                      sid='a73sjjvkla37jfea'>
                <content creator='initiator' name='this-is-the-audio-content'>
                  <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>
                    <payload-type id='96' name='speex' clockrate='16000'/>
                    <payload-type id='97' name='speex' clockrate='8000'/>
                    <payload-type id='18' name='G729'/>
                    <payload-type id='0' name='PCMU' />
                    <payload-type id='103' name='L16' clockrate='16000' channels='2'/>
                    <payload-type id='98' name='x-ISAC' clockrate='8000'/>
                  </description>
                  <transport xmlns='urn:xmpp:jingle:transports:ice-udp:1'
                             pwd='asd88fgpdd777uzjYhagZg'
                             ufrag='8hhy'>
                    <candidate component='1'
                               foundation='1'
                               generation='0'
                               id='el0747fg11'
                               ip='10.0.1.1'
                               network='1'
                               port='8998'
                               priority='2130706431'
                               protocol='udp'
                               type='host'/>
                    <candidate component='1'
                               foundation='2'
                               generation='0'
                               id='y3s2b30v3r'
                               ip='192.0.2.3'
                               network='1'
                               port='45664'
                               priority='1694498815'
                               protocol='udp'
                               rel-addr='10.0.1.1'
                               rel-port='8998'
                               type='srflx'/>
                  </transport>
                </content>
              </jingle>
            </iq>""";
    // A valid candidate, which the tests below break one attribute at a time.
    private static final String CANDIDATE = "<transport xmlns='urn:xmpp:jingle:transports:ice-udp:1' ufrag='u' pwd='p'>"
            + "<candidate component='1' foundation='1' generation='0' id='c1' ip='192.0.2.1' network='0' port='3478'"
            + " priority='2130706431' protocol='udp' rel-addr='10.0.0.1' rel-port='9' type='host'/></transport>";

    @Test
    void readsTheCandidatesOfTheInitiation() throws Exception {
        IceUdpTransport t = IceUdpTransport.fromXml(jinglePayload(INITIATION, IceUdpTransport.NAMESPACE));

        assertThat(t.ufrag()).isEqualTo("8hhy");
        assertThat(t.pwd()).isEqualTo("asd88fgpdd777uzjYhagZg");
        assertThat(t.fingerprint()).isNull();
        assertThat(t.remoteCandidate()).isNull();
        assertThat(t.candidates()).containsExactly(
                new IceCandidate(1, "1", 0, "el0747fg11", "10.0.1.1", 1, 8998, 2130706431L, "udp", null, null,
                        CandidateType.HOST),
                new IceCandidate(1, "2", 0, "y3s2b30v3r", "192.0.2.3", 1, 45664, 1694498815L, "udp", "10.0.1.1",
                        8998, CandidateType.SRFLX));
        assertThat(IceUdpTransport.fromXml(t.toXml())).isEqualTo(t);
    }

    @Test
    void readsTheRemoteCandidateInUse() throws Exception {
        IceUdpTransport t = IceUdpTransport.fromXml(element("""
                <transport xmlns='urn:xmpp:jingle:transports:ice-udp:1'
                           pwd='asd88fgpdd777uzjYhagZg'
                           ufrag='8hhy'>
                  <remote-candidate component='1'
                                    ip='10.0.1.2'
                                    port='9001'/>
                </transport>"""));

        assertThat(t.candidates()).isEmpty();
        assertThat(t.remoteCandidate()).isEqualTo(new RemoteCandidate(1, "10.0.1.2", 9001));
        assertThat(IceUdpTransport.fromXml(t.toXml())).isEqualTo(t);
    }

    @Test
    void readsAnIpv6CandidateWhosePriorityExceeds32Bits() throws Exception {
        IceCandidate c = IceUdpTransport.fromXml(element("""
                <transport xmlns='urn:xmpp:jingle:transports:ice-udp:1'
                           pwd='asd88fgpdd777uzjYhagZg'
                           ufrag='8hhy'>
                  <candidate component='1'
                             foundation='1'
                             generation='0'
                             id='m3110wc4nd'
                             ip='2001:db8::9:1'
                             network='0'
                             port='9001'
                             priority='21149780477'
                             protocol='udp'
                             type='host'/>
                </transport>""")).candidates().get(0);

        assertThat(c.ip()).isEqualTo("2001:db8::9:1");
        assertThat(c.priority()).isEqualTo(21149780477L);
        assertThat(c.network()).isZero();
        assertThat(IceCandidate.fromXml(c.toXml())).isEqualTo(c);
    }

    @Test
    void readsTheDtlsFingerprintOfXep0320() throws Exception {
        IceUdpTransport t = IceUdpTransport.fromXml(element("""
                <transport xmlns='urn:xmpp:jingle:transports:ice-udp:1'
                           pwd='YH75Fviy6338Vbrhrlp8Yh'
                           ufrag='9uB6'>
                  <fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0' hash='sha-256' setup='active'>
                    BD:E8:2C:D3:BD:B6:98:50:45:7D:5B:36:89:53:31:15:52:25:88:82:06:95:88:A3:3D:A5:43:8D:5C:21:21:66
                  </fingerprint>
                  <candidate component='1'
                             foundation='1'
                             generation='0'
                             id='or2ii2syr1'
                             ip='192.0.2.1'
                             network='0'
                             port='3478'
                             priority='2130706431'
                             protocol='udp'
                             type='host'/>
                </transport>"""));

        assertThat(t.fingerprint().setup()).isEqualTo(DtlsFingerprint.Setup.ACTIVE);
        assertThat(t.fingerprint().fingerprint()).startsWith("BD:E8:").endsWith(":21:66");
        assertThat(t.candidates()).hasSize(1);
        assertThat(IceUdpTransport.fromXml(t.toXml())).isEqualTo(t);
    }

    @Test
    void anEmptyTransportIsAllowed() throws Exception {
        // §5.4: session-accept may carry an empty transport, candidates following in transport-info.
        IceUdpTransport empty = IceUdpTransport.of(null, null, List.of());
        assertThat(IceUdpTransport.fromXml(element("<transport xmlns='urn:xmpp:jingle:transports:ice-udp:1'/>")))
                .isEqualTo(empty);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "component=0", "component=256", "component=one", "port=65536", "port=-1", "port=http", "generation=x",
        "network=256", "rel-port=70000", "priority=0", "priority=99999999999999999999", "type=bogus",
    })
    void outOfRangeOrUnknownValuesAreRefused(String attribute) {
        String[] nameValue = attribute.split("=");
        String xml = CANDIDATE.replaceFirst(" " + nameValue[0] + "='[^']*'", "")
                .replace("<candidate ", "<candidate " + nameValue[0] + "='" + nameValue[1] + "' ");

        assertThatThrownBy(() -> IceUdpTransport.fromXml(element(xml))).isInstanceOf(PayloadFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"component", "foundation", "generation", "id", "ip", "port", "priority", "protocol", "type"})
    void missingRequiredAttributesAreRefused(String name) throws Exception {
        assertThat(IceUdpTransport.fromXml(element(CANDIDATE)).candidates()).hasSize(1);
        String xml = CANDIDATE.replaceFirst(" " + name + "='[^']*'", "");

        assertThatThrownBy(() -> IceUdpTransport.fromXml(element(xml))).isInstanceOf(PayloadFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Candidates without the ICE credentials (§5.3).
        "<transport xmlns='urn:xmpp:jingle:transports:ice-udp:1'><candidate component='1' foundation='1'"
                + " generation='0' id='c1' ip='192.0.2.1' port='3478' priority='1' protocol='udp' type='host'/>"
                + "</transport>",
        // Candidates and a remote-candidate are a choice in the schema.
        "<transport xmlns='urn:xmpp:jingle:transports:ice-udp:1' ufrag='u' pwd='p'><candidate component='1'"
                + " foundation='1' generation='0' id='c1' ip='192.0.2.1' port='3478' priority='1' protocol='udp'"
                + " type='host'/><remote-candidate component='1' ip='10.0.1.2' port='9001'/></transport>",
        "<transport xmlns='urn:xmpp:jingle:transports:ice-udp:1'><remote-candidate ip='10.0.1.2' port='9001'/>"
                + "</transport>",
        "<transport xmlns='urn:xmpp:jingle:transports:ice-udp:1'><fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0'"
                + " hash='sha-256'>AB:CD</fingerprint></transport>",
        "<transport xmlns='urn:xmpp:jingle:transports:raw-udp:1'/>",
    })
    void malformedTransportsAreRefused(String xml) {
        assertThatThrownBy(() -> IceUdpTransport.fromXml(element(xml))).isInstanceOf(PayloadFormatException.class);
    }
}
