package org.jitsi.impl.neomedia.transform.dtls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.jitsi.service.neomedia.RawPacket;
import org.junit.jupiter.api.Test;

/** Sender-report timing from when RTCP really crosses the wire: the DLSR we write, the round trip we read. */
class ReportTimesTest {
    private static final int PEER = 0x0A0B0C0D;
    private static final int US = 0x01020304;
    private static final int NTP_SECONDS = 0x12345678;
    private static final int NTP_FRACTION = 0x9ABCDEF0;
    private static final int COMPACT = 0x56789ABC;

    private final ReportTimes times = new ReportTimes();

    private static RawPacket senderReport(int from) {
        ByteBuffer b = ByteBuffer.allocate(28);
        b.put((byte) 0x80).put((byte) 200).putShort((short) 6).putInt(from)
                .putInt(NTP_SECONDS).putInt(NTP_FRACTION).putInt(0).putInt(0).putInt(0);
        return new RawPacket(b.array(), 0, 28);
    }

    /** A receiver report from {@code from} with one block about {@code about}, then a PLI: a compound packet. */
    private static RawPacket receiverReport(int from, int about, int lsr, int dlsr) {
        ByteBuffer b = ByteBuffer.allocate(44);
        b.put((byte) 0x81).put((byte) 201).putShort((short) 7).putInt(from)
                .putInt(about).putInt(0).putInt(1000).putInt(3).putInt(lsr).putInt(dlsr);
        b.put((byte) 0x81).put((byte) 206).putShort((short) 2).putInt(from).putInt(about);
        return new RawPacket(b.array(), 0, 44);
    }

    private static long dlsr(RawPacket p) {
        return ByteBuffer.wrap(p.getBuffer()).getInt(28) & 0xFFFF_FFFFL;
    }

    @Test
    void ourBlocksCarryTheTrueDelaySinceThePeersReport() throws Exception {
        times.received(new RawPacket[] {senderReport(PEER)});
        Thread.sleep(100);
        RawPacket report = receiverReport(US, PEER, COMPACT, 0x7777);
        times.sending(new RawPacket[] {report});

        assertThat(dlsr(report) * 1000 / 65536).isBetween(100L, 1000L);
        assertThat(ByteBuffer.wrap(report.getBuffer()).getInt(32)).as("the PLI after it untouched").isEqualTo(0x81CE0002);
    }

    @Test
    void aBlockNamingAnotherReportOrNoneKeepsItsValue() {
        times.received(new RawPacket[] {senderReport(PEER)});
        RawPacket other = receiverReport(US, PEER, COMPACT + 1, 0x7777);
        RawPacket none = receiverReport(US, PEER, 0, 0x7777);
        times.sending(new RawPacket[] {other, none, null});
        assertThat(dlsr(other)).isEqualTo(0x7777);
        assertThat(dlsr(none)).isEqualTo(0x7777);
    }

    @Test
    void theRoundTripIsArrivalMinusDepartureMinusThePeersHold() throws Exception {
        assertThat(times.roundTripMillis()).isEqualTo(-1);
        times.sending(new RawPacket[] {senderReport(US)});
        Thread.sleep(150);
        // The peer says it held our report 100 ms (6553.6 units of 1/65536 s) before answering.
        times.received(new RawPacket[] {receiverReport(PEER, US, COMPACT, 6554)});
        assertThat(times.roundTripMillis()).isBetween(45L, 140L);
    }

    @Test
    void aBlockEchoingAReportWeNeverSentGivesNoRoundTrip() {
        times.received(new RawPacket[] {receiverReport(PEER, US, COMPACT, 0)});
        assertThat(times.roundTripMillis()).isEqualTo(-1);
    }
}
