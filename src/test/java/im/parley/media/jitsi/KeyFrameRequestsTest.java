package im.parley.media.jitsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.jitsi.service.neomedia.RawPacket;
import org.junit.jupiter.api.Test;

/** The RTCP side of keyframe requests: what counts as one, and that they leave the compound packet. */
class KeyFrameRequestsTest {
    private static final long US = 0x11223344L;
    private static final long PEER = 0x55667788L;

    private final KeyFrameRequests requests = new KeyFrameRequests(new Vp8Encoder(), US);

    @Test
    void aPliForOurStreamIsCountedAndTakenOutOfTheCompoundPacket() {
        byte[] compound = KeyFrameRequests.pli(PEER, US);
        byte[] buffer = new byte[compound.length + 6];
        System.arraycopy(compound, 0, buffer, 3, compound.length);
        RawPacket packet = new RawPacket(buffer, 3, compound.length);

        RawPacket[] out = requests.incomingRtcp(new RawPacket[] {packet});

        assertThat(requests.requestsReceived()).isEqualTo(1);
        assertThat(out[0].getLength()).as("the receiver report stays").isEqualTo(8);
        assertThat(Arrays.copyOfRange(buffer, 3, 11)).isEqualTo(Arrays.copyOfRange(compound, 0, 8));
    }

    @Test
    void aPliForAnotherStreamIsNotARequestButIsStillTakenOut() {
        byte[] compound = KeyFrameRequests.pli(PEER, 0x0BADF00DL);
        RawPacket[] out = requests.incomingRtcp(packets(compound));
        assertThat(requests.requestsReceived()).isZero();
        assertThat(out[0].getLength()).isEqualTo(8);
    }

    @Test
    void aRepeatedFirIsOneRequestAndANewSequenceNumberAnother() {
        requests.incomingRtcp(packets(KeyFrameRequests.fir(PEER, US, 7)));
        requests.incomingRtcp(packets(KeyFrameRequests.fir(PEER, US, 7)));
        assertThat(requests.requestsReceived()).isEqualTo(1);
        requests.incomingRtcp(packets(KeyFrameRequests.fir(PEER, US, 8)));
        assertThat(requests.requestsReceived()).isEqualTo(2);
    }

    @Test
    void aTruncatedPacketIsLeftAsItCame() {
        byte[] compound = KeyFrameRequests.pli(PEER, US);
        compound[11] = 40;
        RawPacket[] out = requests.incomingRtcp(packets(compound));
        assertThat(out[0].getLength()).isEqualTo(compound.length);
        assertThat(requests.requestsReceived()).isZero();
    }

    private static RawPacket[] packets(byte[] compound) {
        return new RawPacket[] {new RawPacket(compound, 0, compound.length)};
    }
}
