package im.parley.xmpp.ext.jingle.rtp;

import static im.parley.xmpp.ext.XepExamples.element;
import static im.parley.xmpp.ext.XepExamples.jinglePayload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.jingle.rtp.RtpInfo.Creator;
import im.parley.xmpp.ext.jingle.rtp.RtpInfo.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** XEP-0167 examples 8 to 13, the informational messages. */
class RtpInfoTest {
    private static String sessionInfo(String payload) {
        return """
                <iq from='juliet@capulet.lit/balcony'
                    id='hg4891f5'
                    to='romeo@montague.lit/orchard'
                    type='set'>
                  <jingle xmlns='urn:xmpp:jingle:1'
                          action='session-info'
                          initiator='romeo@montague.lit/orchard'
                          sid='a73sjjvkla37jfea'>
                    %s
                  </jingle>
                </iq>""".formatted(payload);
    }

    @Test
    void readsEachInformationalMessage() throws Exception {
        assertThat(read("<active xmlns='urn:xmpp:jingle:apps:rtp:info:1'/>")).isEqualTo(RtpInfo.of(Kind.ACTIVE));
        assertThat(read("<hold xmlns='urn:xmpp:jingle:apps:rtp:info:1'/>")).isEqualTo(RtpInfo.of(Kind.HOLD));
        assertThat(read("<unhold xmlns='urn:xmpp:jingle:apps:rtp:info:1'/>")).isEqualTo(RtpInfo.of(Kind.UNHOLD));
        assertThat(read("<ringing xmlns='urn:xmpp:jingle:apps:rtp:info:1'/>")).isEqualTo(RtpInfo.of(Kind.RINGING));

        RtpInfo mute = read("""
                <mute xmlns='urn:xmpp:jingle:apps:rtp:info:1'
                      creator='responder'
                      name='voice'/>""");
        assertThat(mute).isEqualTo(RtpInfo.mute(Creator.RESPONDER, "voice"));
        RtpInfo unmute = read("""
                <unmute xmlns='urn:xmpp:jingle:apps:rtp:info:1'
                        creator='responder'
                        name='voice'/>""");
        assertThat(unmute).isEqualTo(RtpInfo.unmute(Creator.RESPONDER, "voice"));

        for (RtpInfo info : new RtpInfo[] {RtpInfo.of(Kind.HOLD), mute, RtpInfo.mute(Creator.INITIATOR, null)}) {
            assertThat(RtpInfo.fromXml(info.toXml())).isEqualTo(info);
        }
        assertThat(mute.toXml().toString())
                .isEqualTo("<mute xmlns=\"urn:xmpp:jingle:apps:rtp:info:1\" creator=\"responder\" name=\"voice\"/>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<mute xmlns='urn:xmpp:jingle:apps:rtp:info:1' name='voice'/>",
        "<unmute xmlns='urn:xmpp:jingle:apps:rtp:info:1' creator='both'/>",
        "<trying xmlns='urn:xmpp:jingle:apps:rtp:info:1'/>",
        "<ringing xmlns='urn:xmpp:jingle:apps:rtp:info:0'/>",
    })
    void malformedInformationIsRefused(String xml) {
        assertThatThrownBy(() -> RtpInfo.fromXml(element(xml))).isInstanceOf(PayloadFormatException.class);
    }

    private static RtpInfo read(String payload) throws Exception {
        return RtpInfo.fromXml(jinglePayload(sessionInfo(payload), RtpInfo.NAMESPACE));
    }
}
