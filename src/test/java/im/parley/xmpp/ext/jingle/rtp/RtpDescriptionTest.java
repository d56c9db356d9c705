package im.parley.xmpp.ext.jingle.rtp;

import static im.parley.xmpp.ext.XepExamples.element;
import static im.parley.xmpp.ext.XepExamples.jinglePayload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** XEP-0167 §4, §6 and §9 examples: descriptions, payload types and parameters. */
class RtpDescriptionTest {
    // XEP-0167 §4, the description with ten encodings.
    private static final String AUDIO = """
            <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>
              <payload-type id='96' name='speex' clockrate='16000'/>
              <payload-type id='97' name='speex' clockrate='8000'/>
              <payload-type id='18' name='G729'/>
              <payload-type id='103' name='L16' clockrate='16000' channels='2'/>
              <payload-type id='98' name='x-ISAC' clockrate='8000'/>
              <payload-type id='102' name='iLBC'/>
              <payload-type id='4' name='G723'/>
              <payload-type id='0' name='PCMU' clockrate='16000'/>
              <payload-type id='8' name='PCMA'/>
              <payload-type id='13' name='CN'/>
              <rtcp-mux/>
            </description>""";
    // XEP-0167 §6, the speex description with ptime and fmtp parameters.
    private static final String SPEEX_PARAMETERS = """
            <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>
              <payload-type id='96' name='speex' clockrate='16000' ptime='40'>
                <parameter name='vbr' value='on'/>
                <parameter name='cng' value='on'/>
              </payload-type>
            </description>""";
    // XEP-0167 example 14, description-info with video parameters.
    private static final String DESCRIPTION_INFO = """
            <iq from='romeo@montague.lit/orchard'
                id='pq6x5v37'
                to='juliet@capulet.lit/balcony'
                type='set'>
              <jingle xmlns='urn:xmpp:jingle:1'
                      action='description-info'
                      initiator='romeo@montague.lit/orchard'
                      sid='a73sjjvkla37jfea'>
                <content creator='initiator' name='webcam'>
                  <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='video'>
                    <payload-type id='98' name='theora' clockrate='90000'>
                      <parameter name='height' value='768'/>
                      <parameter name='width' value='1024'/>
                    </payload-type>
                  </description>
                </content>
              </jingle>
            </iq>""";

    @Test
    void readsTheTenEncodingsOfSection4() throws Exception {
        RtpDescription d = RtpDescription.fromXml(element(AUDIO));

        assertThat(d.media()).isEqualTo("audio");
        assertThat(d.ssrc()).isNull();
        assertThat(d.rtcpMux()).isTrue();
        assertThat(d.payloadTypes()).extracting(PayloadType::id)
                .containsExactly(96, 97, 18, 103, 98, 102, 4, 0, 8, 13);
        assertThat(d.payloadTypes().get(0)).isEqualTo(PayloadType.of(96, "speex", 16000));
        PayloadType l16 = d.payloadTypes().get(3);
        assertThat(l16.channels()).isEqualTo(2);
        assertThat(d.payloadTypes().get(2).clockrate()).isNull();
        assertThat(d.payloadTypes().get(2).channels()).as("channels default to 1").isEqualTo(1);
        assertThat(d.extensions()).isEmpty();
        assertThat(RtpDescription.fromXml(d.toXml())).isEqualTo(d);
    }

    @Test
    void readsPtimeAndFmtpParameters() throws Exception {
        PayloadType speex = RtpDescription.fromXml(element(SPEEX_PARAMETERS)).payloadTypes().get(0);

        assertThat(speex.ptime()).isEqualTo(40L);
        assertThat(speex.maxptime()).isNull();
        assertThat(speex.parameters()).containsExactly(new Parameter("vbr", "on"), new Parameter("cng", "on"));
        assertThat(speex.parameter("cng")).isEqualTo("on");
        assertThat(speex.parameter("mode")).isNull();
        assertThat(PayloadType.fromXml(speex.toXml())).isEqualTo(speex);

        RtpDescription video = RtpDescription.fromXml(jinglePayload(DESCRIPTION_INFO, RtpDescription.NAMESPACE));
        assertThat(video.media()).isEqualTo("video");
        assertThat(video.payloadTypes().get(0).parameter("width")).isEqualTo("1024");
        assertThat(RtpDescription.fromXml(video.toXml())).isEqualTo(video);
    }

    @Test
    void aBuiltDescriptionWritesWhatTheExampleSays() throws Exception {
        RtpDescription built = RtpDescription.of("audio", List.of(PayloadType.of(96, "speex", 16000)));
        String example = """
                <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>
                  <payload-type id='96' name='speex' clockrate='16000'/>
                </description>""";

        assertThat(RtpDescription.fromXml(element(example))).isEqualTo(built);
        assertThat(built.toXml().toString()).isEqualTo("<description xmlns=\"urn:xmpp:jingle:apps:rtp:1\""
                + " media=\"audio\"><payload-type id=\"96\" name=\"speex\" clockrate=\"16000\"/></description>");
    }

    @Test
    void keepsUnknownChildrenSuchAsSrtpEncryption() throws Exception {
        // XEP-0167 §7's <encryption/> placed in a description, with the ssrc and a bandwidth.
        RtpDescription d = RtpDescription.fromXml(element("""
                <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio' ssrc='4294967295'>
                  <payload-type id='18' name='G729'/>
                  <encryption xmlns='urn:xmpp:jingle:apps:rtp:1'
                              required='1'>
                    <crypto
                        crypto-suite='AES_CM_128_HMAC_SHA1_80'
                        key-params='inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:32'
                        session-params='KDR=1 UNENCRYPTED_SRTCP'
                        tag='1'/>
                  </encryption>
                  <bandwidth type='AS'>128</bandwidth>
                </description>"""));

        assertThat(d.ssrc()).isEqualTo(4294967295L);
        assertThat(d.bandwidth()).isEqualTo(new Bandwidth("AS", 128));
        assertThat(d.extensions()).singleElement().satisfies(x -> {
            assertThat(x.name()).isEqualTo("encryption");
            assertThat(x.attributeOrNull("required")).isEqualTo("1");
        });
        assertThat(RtpDescription.fromXml(d.toXml())).isEqualTo(d);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<description xmlns='urn:xmpp:jingle:apps:rtp:1'/>",
        "<description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio' ssrc='4294967296'/>",
        "<description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio' ssrc='-1'/>",
        "<description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'><payload-type name='PCMU'/></description>",
        "<description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'><payload-type id='x' name='PCMU'/></description>",
        "<description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'><payload-type id='128' name='a'/></description>",
        "<description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'><payload-type id='96'/></description>",
        "<description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>"
                + "<payload-type id='0' name='PCMU' channels='0'/></description>",
        "<description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>"
                + "<payload-type id='0' name='PCMU' clockrate='fast'/></description>",
        "<description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>"
                + "<payload-type id='0' name='PCMU'><parameter value='on'/></payload-type></description>",
        "<description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'><bandwidth type='AS'>lots</bandwidth></description>",
        "<description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'><bandwidth>64</bandwidth></description>",
        "<description xmlns='urn:xmpp:jingle:apps:rtp:0' media='audio'/>",
    })
    void malformedDescriptionsAreRefused(String xml) {
        assertThatThrownBy(() -> RtpDescription.fromXml(element(xml))).isInstanceOf(PayloadFormatException.class);
    }
}
