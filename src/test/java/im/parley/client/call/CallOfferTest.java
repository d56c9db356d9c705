package im.parley.client.call;

import static im.parley.xmpp.ext.XepExamples.element;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.media.KeyFrameRequest;
import im.parley.xmpp.ext.jingle.Content;
import im.parley.xmpp.ext.jingle.rtp.RtcpFeedback;
import im.parley.xmpp.ext.jingle.rtp.RtpHeaderExtension;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which offered contents a call takes: Opus or VP8 over ICE-UDP or Raw UDP, always with a DTLS fingerprint. */
class CallOfferTest {
    private static final String OPUS = """
            <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>
              <payload-type id='109' name='opus' clockrate='48000' channels='2'/>
            </description>""";

    private static Content content(String transport) throws Exception {
        return Content.of(Content.Creator.INITIATOR, "voice", element(OPUS), element(transport));
    }

    @Test
    void aRawUdpOfferGivesItsCandidateAndThePayloadTypeItChose() throws Exception {
        Content raw = content("""
                <transport xmlns='urn:xmpp:jingle:transports:raw-udp:1'>
                  <candidate component='1' generation='0' id='a9j3mnbtu1' ip='10.1.1.104' port='13540'/>
                  <fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0' hash='sha-256' setup='actpass'>02:1A:CC:54:27:AB:EB:9C:53:3F:3E:4B:65:2E:7D:46:3F:54:42:CD:54:F1:7A:03:A2:7D:F9:B0:7F:46:19:B2</fingerprint>
                </transport>""");
        CallOffer.RemoteMedia media = CallOffer.remote(List.of(raw), CallOffer.Kind.AUDIO).orElseThrow();
        assertThat(media.rawUdp()).isTrue();
        assertThat(media.contentName()).isEqualTo("voice");
        assertThat(media.payloadType()).isEqualTo(109);
        assertThat(media.candidates()).singleElement().satisfies(c -> {
            assertThat(c.ip()).isEqualTo("10.1.1.104");
            assertThat(c.port()).isEqualTo(13540);
        });
    }

    @Test
    void withoutAFingerprintTheMediaWouldGoUnencryptedAndTheContentIsRefused() throws Exception {
        Content raw = content("""
                <transport xmlns='urn:xmpp:jingle:transports:raw-udp:1'>
                  <candidate component='1' generation='0' id='a9j3mnbtu1' ip='10.1.1.104' port='13540'/>
                </transport>""");
        assertThat(CallOffer.remote(List.of(raw), CallOffer.Kind.AUDIO)).isEmpty();
        assertThat(CallOffer.remote(List.of(raw), CallOffer.Kind.VIDEO)).isEmpty();
    }

    private static final String ICE = """
            <transport xmlns='urn:xmpp:jingle:transports:ice-udp:1' ufrag='8hhy' pwd='asd88fgpdd777uzjYhagZg'>
              <fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0' hash='sha-256' setup='actpass'>02:1A:CC:54:27:AB:EB:9C:53:3F:3E:4B:65:2E:7D:46:3F:54:42:CD:54:F1:7A:03:A2:7D:F9:B0:7F:46:19:B2</fingerprint>
            </transport>""";

    private static CallOffer.RemoteMedia video(String payloadAndDescriptionFeedback) throws Exception {
        Content video = Content.of(Content.Creator.INITIATOR, "camera", element("""
                <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='video'>
                """ + payloadAndDescriptionFeedback + """
                </description>"""), element(ICE));
        return CallOffer.remote(List.of(video), CallOffer.Kind.VIDEO).orElseThrow();
    }

    @Test
    void aWebRtcStyleVideoOfferAgreesOnPliAndFirAndDropsWhatWeCannotDo() throws Exception {
        CallOffer.RemoteMedia offer = video("""
                <payload-type id='96' name='VP8' clockrate='90000'>
                  <rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' type='goog-remb'/>
                  <rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' type='transport-cc'/>
                  <rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' type='ccm' subtype='fir'/>
                  <rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' type='nack'/>
                  <rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' type='nack' subtype='pli'/>
                </payload-type>""");
        assertThat(offer.agreedFeedback(CallOffer.Kind.VIDEO))
                .containsExactly(RtcpFeedback.of("nack", "pli"), RtcpFeedback.of("ccm", "fir"));
        assertThat(offer.keyFrameRequest()).isEqualTo(KeyFrameRequest.PLI);
    }

    @Test
    void feedbackForTheWholeDescriptionCountsForOurCodecToo() throws Exception {
        CallOffer.RemoteMedia offer = video("""
                <payload-type id='100' name='VP8' clockrate='90000'/>
                <rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' type='ccm' subtype='FIR'/>""");
        assertThat(offer.agreedFeedback(CallOffer.Kind.VIDEO)).containsExactly(RtcpFeedback.of("ccm", "fir"));
        assertThat(offer.keyFrameRequest()).isEqualTo(KeyFrameRequest.FIR);
    }

    @Test
    void withoutKeyFrameFeedbackNoneIsSentAndTheAnswerCarriesNone() throws Exception {
        CallOffer.RemoteMedia offer = video("""
                <payload-type id='100' name='VP8' clockrate='90000'>
                  <rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' type='nack'/>
                </payload-type>""");
        assertThat(offer.agreedFeedback(CallOffer.Kind.VIDEO)).isEmpty();
        assertThat(offer.keyFrameRequest()).isEqualTo(KeyFrameRequest.NONE);
        assertThat(CallOffer.description(CallOffer.Kind.VIDEO, 100, offer.agreedFeedback(CallOffer.Kind.VIDEO), List.of(), List.of())
                .toXml().toString()).doesNotContain("rtcp-fb");
    }

    @Test
    void theSourcesAPeerAnnouncesAreKeptForItsContent() throws Exception {
        CallOffer.RemoteMedia offer = video("""
                <payload-type id='100' name='VP8' clockrate='90000'/>
                <source xmlns='urn:xmpp:jingle:apps:rtp:ssma:0' ssrc='1656081975'>
                  <parameter name='cname' value='Yv/wvbCdsDW2Prgd'/>
                </source>
                <source xmlns='urn:xmpp:jingle:apps:rtp:ssma:0' ssrc='4294967295'/>""");
        assertThat(offer.sources()).containsExactlyInAnyOrder(1656081975L, 4294967295L);
    }

    @Test
    void ofTheOfferedHeaderExtensionsTheAudioLevelIsKeptUnderThePeersId() throws Exception {
        Content audio = Content.of(Content.Creator.INITIATOR, "voice", element("""
                <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>
                  <payload-type id='111' name='opus' clockrate='48000' channels='2'/>
                  <rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0' id='1' uri='urn:ietf:params:rtp-hdrext:ssrc-audio-level'/>
                  <rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0' id='3' uri='http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time'/>
                  <rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0' id='4' uri='urn:ietf:params:rtp-hdrext:sdes:mid'/>
                </description>"""), element(ICE));
        CallOffer.RemoteMedia offer = CallOffer.remote(List.of(audio), CallOffer.Kind.AUDIO).orElseThrow();
        assertThat(offer.agreedHeaderExtensions(CallOffer.Kind.AUDIO))
                .containsExactly(RtpHeaderExtension.of(1, CallOffer.AUDIO_LEVEL));
        assertThat(offer.agreedHeaderExtensions(CallOffer.Kind.VIDEO)).isEmpty();
    }
}
