package im.parley.xmpp.ext.jingle.rtp;

import static im.parley.xmpp.ext.XepExamples.element;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.jingle.rtp.RtpHeaderExtension.Senders;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The description extensions: XEP-0293 feedback, XEP-0294 header extensions, XEP-0339 sources. */
class RtpExtensionsTest {
    private static final String D = "<description xmlns='urn:xmpp:jingle:apps:rtp:1' media='video'>";

    @Test
    void readsFeedbackForTheWholeContentAndPerPayload() throws Exception {
        // XEP-0293 example 1.
        RtpDescription d = RtpDescription.fromXml(element("""
                <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='video'>
                  <rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' type='nack' subtype='pli'/>
                  <payload-type id='96' name='H264' clockrate='90000'>
                    <rtcp-fb-trr-int xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' value='100'/>
                    <rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' type='nack' subtype='sli'/>
                  </payload-type>
                  <payload-type id='34' name='H263' clockrate='90000'/>
                </description>"""));

        assertThat(d.feedback()).containsExactly(RtcpFeedback.of("nack", "pli"));
        assertThat(d.trrInterval()).isNull();
        PayloadType h264 = d.payloadTypes().get(0);
        assertThat(h264.feedback()).containsExactly(RtcpFeedback.of("nack", "sli"));
        assertThat(h264.trrInterval()).isEqualTo(100L);
        assertThat(d.payloadTypes().get(1).feedback()).isEmpty();
        assertThat(d.extensions()).as("known namespaces are not kept as extensions").isEmpty();
        assertThat(RtpDescription.fromXml(d.toXml())).isEqualTo(d);

        // XEP-0293 example 3: staying in AVPF without feedback messages.
        RtpDescription avpf = RtpDescription.fromXml(element("""
                <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='video'>
                  <rtcp-fb-trr-int xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' value='0'/>
                  <payload-type id='96' name='H264' clockrate='90000'/>
                  <payload-type id='34' name='H263' clockrate='90000'/>
                </description>"""));
        assertThat(avpf.trrInterval()).isZero();
        assertThat(RtpDescription.fromXml(avpf.toXml())).isEqualTo(avpf);
    }

    @Test
    void readsFeedbackParameters() throws Exception {
        RtcpFeedback ccm = RtcpFeedback.fromXml(element("""
                <rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' type='ccm'>
                  <parameter name='tmmbr'/>
                  <parameter name='smaxpr' value='120'/>
                </rtcp-fb>"""));

        assertThat(ccm.subtype()).isNull();
        assertThat(ccm.parameters()).containsExactly(new Parameter("tmmbr", null), new Parameter("smaxpr", "120"));
        assertThat(RtcpFeedback.fromXml(ccm.toXml())).isEqualTo(ccm);
    }

    @Test
    void readsHeaderExtensions() throws Exception {
        // XEP-0294 example 1; its id 4907 lies outside the table's ranges but within the schema.
        RtpDescription offer = RtpDescription.fromXml(element("""
                <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='video'>
                  <rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0'
                	      uri='urn:ietf:params:rtp-hdrext:toffset'
                	      id='1'/>
                  <rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0'
                	      uri='urn:ietf:params:rtp-hdrext:ntp-64'
                	      id='4907'/>
                  <rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0'
                	      uri='urn:ietf:params:rtp-hdrext:ntp-56'
                	      id='4907'/>
                  <payload-type id='96' name='THEORA' clockrate='90000'/>
                  <extmap-allow-mixed xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0'/>
                </description>"""));

        assertThat(offer.headerExtensions()).containsExactly(
                RtpHeaderExtension.of(1, "urn:ietf:params:rtp-hdrext:toffset"),
                RtpHeaderExtension.of(4907, "urn:ietf:params:rtp-hdrext:ntp-64"),
                RtpHeaderExtension.of(4907, "urn:ietf:params:rtp-hdrext:ntp-56"));
        assertThat(offer.extmapAllowMixed()).isTrue();
        assertThat(RtpDescription.fromXml(offer.toXml())).isEqualTo(offer);

        // XEP-0294 example 5, with senders.
        RtpDescription mapped = RtpDescription.fromXml(element("""
                <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='video'>
                  <rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0'
                	      id='1'
                	      uri='URI-toffset'/>
                  <rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0'
                	      id='2'
                	      uri='URI-gps-string'
                	      senders='initiator'/>
                  <rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0'
                	      id='3'
                	      uri='URI-frametype'/>
                  <extmap-allow-mixed xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0'/>
                </description>"""));
        assertThat(mapped.headerExtensions()).extracting(RtpHeaderExtension::senders)
                .containsExactly(Senders.BOTH, Senders.INITIATOR, Senders.BOTH);
        assertThat(mapped.headerExtensions().get(1).toXml().attributeOrNull("senders")).isEqualTo("initiator");
        assertThat(mapped.headerExtensions().get(0).toXml().attributeOrNull("senders")).isNull();
        assertThat(RtpDescription.fromXml(mapped.toXml())).isEqualTo(mapped);
    }

    @Test
    void readsSourcesAndSourceGroups() throws Exception {
        // XEP-0339 §3; the description taken out of its content.
        RtpDescription d = RtpDescription.fromXml(element("""
                <content xmlns='http://jabber.org/protocols/jingle' creator='initiator' name='webcam'>
                  <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='video'>
                    <payload-type id='100' name='VP8' clockrate='90000'/>
                    <ssrc-group xmlns='urn:xmpp:jingle:apps:rtp:ssma:0' semantics='FID'>
                      <source ssrc='2301230316'/>
                      <source ssrc='386328120'/>
                    </ssrc-group>
                    <ssrc-group xmlns='urn:xmpp:jingle:apps:rtp:ssma:0' semantics='FID'>
                      <source ssrc='3139499595'/>
                      <source ssrc='2613715171'/>
                    </ssrc-group>
                    <source ssrc='2301230316' xmlns='urn:xmpp:jingle:apps:rtp:ssma:0'>
                      <parameter name='cname' value='T5qvrIZj42v//eYQ'/>
                    </source>
                    <source ssrc='386328120' xmlns='urn:xmpp:jingle:apps:rtp:ssma:0'>
                      <parameter name='cname' value='uEYgNtStZyTF74sM'/>
                    </source>
                    <source ssrc='3139499595' xmlns='urn:xmpp:jingle:apps:rtp:ssma:0'>
                      <parameter name='cname' value='re8jhxkly9bxzuxr'/>
                    </source>
                    <source ssrc='2613715171' xmlns='urn:xmpp:jingle:apps:rtp:ssma:0'>
                      <parameter name='cname' value='f83avsiw6n1m7vi'/>
                    </source>
                  </description>
                </content>""").childIn(RtpDescription.NAMESPACE).orElseThrow());

        assertThat(d.sourceGroups()).containsExactly(
                new SourceGroup("FID", List.of(2301230316L, 386328120L)),
                new SourceGroup("FID", List.of(3139499595L, 2613715171L)));
        assertThat(d.sources()).extracting(Source::ssrc)
                .containsExactly(2301230316L, 386328120L, 3139499595L, 2613715171L);
        assertThat(d.sources().get(3).parameter("cname")).isEqualTo("f83avsiw6n1m7vi");
        assertThat(RtpDescription.fromXml(d.toXml())).isEqualTo(d);

        // XEP-0339 §2.1: msid, a value with a space in it.
        Source msid = Source.fromXml(element("""
                <source ssrc='1656081975' xmlns='urn:xmpp:jingle:apps:rtp:ssma:0'>
                    <parameter name='cname' value='Yv/wvbCdsDW2Prgd'/>
                    <parameter name='msid' value='MLTJKIHilGn71fNQoszkQ4jlPTuS5vJyKVIv MLTJKIHilGn71fNQoszkQ4jlPTuS5vJyKVIva0'/>
                </source>"""));
        assertThat(msid.parameter("msid")).endsWith(" MLTJKIHilGn71fNQoszkQ4jlPTuS5vJyKVIva0");
        assertThat(Source.fromXml(msid.toXml())).isEqualTo(msid);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        D + "<rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' subtype='pli'/></description>",
        D + "<rtcp-fb-trr-int xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' value='soon'/></description>",
        D + "<rtcp-fb-trr-int xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0'/></description>",
        D + "<rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0' id='0' uri='u'/></description>",
        D + "<rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0' id='65536' uri='u'/></description>",
        D + "<rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0' id='1'/></description>",
        D + "<rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0' id='1' uri='u' senders='all'/></description>",
        D + "<source xmlns='urn:xmpp:jingle:apps:rtp:ssma:0'/></description>",
        D + "<source xmlns='urn:xmpp:jingle:apps:rtp:ssma:0' ssrc='abc'/></description>",
        D + "<source xmlns='urn:xmpp:jingle:apps:rtp:ssma:0' ssrc='4294967296'/></description>",
        D + "<ssrc-group xmlns='urn:xmpp:jingle:apps:rtp:ssma:0'><source ssrc='1'/></ssrc-group></description>",
        D + "<ssrc-group xmlns='urn:xmpp:jingle:apps:rtp:ssma:0' semantics='FID'><source/></ssrc-group></description>",
    })
    void malformedExtensionsAreRefused(String xml) {
        assertThatThrownBy(() -> RtpDescription.fromXml(element(xml))).isInstanceOf(PayloadFormatException.class);
    }
}
