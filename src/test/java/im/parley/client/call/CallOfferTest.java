package im.parley.client.call;

import static im.parley.xmpp.ext.XepExamples.element;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.jingle.Content;
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
}
